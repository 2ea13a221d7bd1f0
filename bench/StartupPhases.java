package org.census.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import picocli.CommandLine;

import org.census.bundled.BundledCensus;
import org.census.model.Census;

/**
 * Where a cold {@code census overview} spends its time: the phases of the command, each timed once in a fresh JVM
 * (wall time and the main thread's CPU time, which a busy machine inflates less), as {@code overview} runs them.
 * In the package of the tool, to call what it calls; compiled beside the jar and run on the class path after it, so
 * that the launcher's archive still maps (bench/startup.sh does both). Prints one line per phase:
 * {@code phase<TAB>wall ms<TAB>cpu ms}. The JVM's own start, up to main, is what the trivial main of bench/startup.sh
 * takes.
 */
public final class StartupPhases {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long wall = System.nanoTime();
    private static long cpu = THREADS.getCurrentThreadCpuTime();

    private static void phase(String name) {
        long w = System.nanoTime();
        long c = THREADS.getCurrentThreadCpuTime();
        System.out.printf(Locale.ROOT, "%s\t%.1f\t%.1f%n", name, (w - wall) / 1e6, (c - cpu) / 1e6);
        wall = w;
        cpu = c;
    }

    public static void main(String[] args) {
        wall = System.nanoTime();
        cpu = THREADS.getCurrentThreadCpuTime();

        CensusCommand.quietLibraryLogging();
        CommandLine cl = CensusCommand.commandLine(Path.of(""), System.in, "overview");
        phase("picocli: the command line of overview");
        cl.setOut(new PrintWriter(OutputStream.nullOutputStream()));
        cl.parseArgs("overview");
        phase("picocli: parsing the arguments");
        Census census = BundledCensus.load();
        phase("reading the bundled census");
        OverviewData data = OverviewData.of(census, Optional.empty(), List.of());
        phase("the overview");
        OverviewView view = new OverviewView(data, new Texts(Locale.FRENCH));
        String text = view.title() + view.figures().toText();
        phase("the table's text (texts, number formats)");
        new PrintWriter(OutputStream.nullOutputStream()).print(text);
        phase("printing");
    }
}
