package org.census.cli;

import java.util.Locale;

import org.census.internal.Messages;

/**
 * The one line the tool prints on standard error when it stops: {@code census: what is wrong}, on one line, cut to a
 * bounded length (a message may quote a file's content), with control characters made visible.
 */
final class ErrorLine {
    /** The longest error line: room for two long paths and the fix, not for a file's content. */
    static final int MAX_LENGTH = 1000;

    private ErrorLine() {
    }

    static String of(String message) {
        return TerminalText.safe(Messages.cut(Messages.oneLine("census: " + message), MAX_LENGTH));
    }

    /** The command as the user typed it, to name it in a message: {@code census convert in.json out.xlsx}. */
    static String running(String... args) {
        return Messages.cut("census " + String.join(" ", args), 200);
    }

    /**
     * An out-of-memory error names the limit and the fix: a larger heap, through the launcher's JAVA_OPTS or java's
     * own -Xmx.
     */
    static String outOfMemory(String running, long maxHeapBytes, String launcher) {
        long mb = maxHeapBytes / (1024 * 1024);
        String more = larger(mb);
        String command = running.substring("census ".length());
        String fix = launcher != null ? "JAVA_OPTS=-Xmx" + more + " " + launcher + " " + command
                : "java -Xmx" + more + " -jar census.jar " + command;
        return of(String.format(Locale.ROOT, "out of memory running '%s': the Java heap is limited to %,d MB; give it "
                + "more: %s", running, mb, fix));
    }

    /** Four times the heap, rounded up to a power of two: a step that shows. */
    private static String larger(long mb) {
        long target = Math.max(256, Long.highestOneBit(Math.max(1, mb * 4 - 1)) << 1);
        return target >= 1024 && target % 1024 == 0 ? target / 1024 + "g" : target + "m";
    }

    static String stackOverflow(String running) {
        return of("stack overflow running '" + running + "': an input is nested deeper than the tool can follow; "
                + "please report it (--debug shows the stack trace), or give Java a larger stack: java -Xss16m");
    }

    /** Anything else is a bug: say so, in one line too. */
    static String internal(String running, Throwable e) {
        return of("internal error running '" + running + "': " + e.getClass().getName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " (please report it; --debug shows the "
                + "stack trace)");
    }
}
