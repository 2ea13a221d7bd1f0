package org.census.io;

import java.util.OptionalLong;

/**
 * Follows a long read or write: how many units of a phase are done, and of how many when that is known. Units are
 * the phase's own (bytes read, partnerships written); calls come often, from the thread doing the work (the reading thread of a conversion), and must be cheap.
 */
@FunctionalInterface
public interface ProgressListener {
    /** Ignores progress. */
    ProgressListener NONE = (phase, done, total) -> {
    };

    /**
     * @param phase what is being done ("read census.xlsx", "write census.json")
     * @param done  units done so far
     * @param total units in all, when known
     */
    void progress(String phase, long done, OptionalLong total);

    /**
     * A problem a reader worked around, one line naming the file and the place (a row skipped, a value kept raw):
     * what {@link org.census.io.spi.CensusSink#warning} received. Ignored by default; a command-line tool prints it.
     */
    default void warning(String message) {
    }
}
