package org.census.cli;

import java.io.PrintWriter;
import java.util.OptionalLong;

import org.census.io.ProgressListener;

/**
 * A progress listener that also prints the warnings a reader reports (rows skipped, values kept raw, columns not
 * read), one line each on standard error, the first {@link #MAX_PRINTED}, then counts the rest: nothing a reader
 * leaves out goes unsaid, and a file of a million bad rows does not flood the terminal.
 */
final class WarningPrinter implements ProgressListener {
    static final int MAX_PRINTED = 100;

    private final ProgressListener progress;
    private final PrintWriter err;
    private long count;

    WarningPrinter(ProgressListener progress, PrintWriter err) {
        this.progress = progress;
        this.err = err;
    }

    @Override
    public void progress(String phase, long done, OptionalLong total) {
        progress.progress(phase, done, total);
    }

    @Override
    public synchronized void warning(String message) {
        if (++count <= MAX_PRINTED) {
            err.println(TerminalText.safe(message));
            err.flush();
        }
    }

    long count() {
        return count;
    }

    /** After the run: how many warnings there were beyond those printed. */
    void finish() {
        if (count > MAX_PRINTED) {
            err.printf("... and %,d warnings more (%,d in all)%n", count - MAX_PRINTED, count);
            err.flush();
        }
        Progress.close(progress);
    }
}
