package org.census.cli;

import java.io.PrintStream;
import java.util.OptionalLong;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import org.census.io.ProgressListener;

/**
 * A progress bar on standard error for long reads and writes, shown only when standard error is a terminal: piped or
 * redirected output stays clean.
 */
final class Progress implements ProgressListener, AutoCloseable {
    private ProgressBar bar;
    private String phase;

    private Progress() {
    }

    /** A listener that draws a bar on a terminal, and does nothing otherwise. */
    static ProgressListener forTerminal() {
        return System.console() != null ? new Progress() : ProgressListener.NONE;
    }

    static void close(ProgressListener listener) {
        if (listener instanceof Progress p) {
            p.close();
        }
    }

    @Override
    public synchronized void progress(String phase, long done, OptionalLong known) {
        long total = known.orElse(-1);
        if (bar == null || !phase.equals(this.phase)) {
            close();
            this.phase = phase;
            bar = new ProgressBarBuilder().setTaskName(phase).setInitialMax(total > 0 ? total : -1)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(
                            new PrintStream(System.err, true))).setUpdateIntervalMillis(200).build();
        }
        if (total > 0 && bar.getMax() != total) {
            bar.maxHint(total);
        }
        bar.stepTo(done);
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
