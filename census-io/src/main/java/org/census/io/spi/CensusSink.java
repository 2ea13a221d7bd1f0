package org.census.io.spi;

import org.census.model.Census;
import org.census.model.CensusHeader;
import org.census.model.Partnership;

/**
 * Where a census goes, one partnership at a time: {@link #start}, {@link #partnership} for each in order, then
 * {@link #end}. A format's reader pushes into one; a format's writer is one.
 *
 * <p>Some of the header may only be known at the end (a JSON document may give its solidarity fund after its
 * partnerships), so {@link #end} receives it again, complete.
 */
public interface CensusSink extends AutoCloseable {

    /** The census header: edition, stated figures and, when already known, the solidarity fund. */
    void start(CensusHeader header);

    /** The next partnership. */
    void partnership(Partnership partnership);

    /** The complete header; a writer finishes its output here (flushed, not closed). */
    void end(CensusHeader header);

    /**
     * A problem the reader met and worked around (a row skipped, a value kept raw, a column not read): one line that
     * names the file and the place ({@code file: Sheet!C12: what, what was expected}), bounded in length. Nothing is
     * dropped silently: a reader that leaves something out says so here. A sink that passes a census on passes its
     * warnings on; the others ignore them (the default).
     */
    default void warning(String message) {
    }

    /** Pushes a whole census: {@link #start}, each partnership, {@link #end}. */
    default void census(Census census) {
        start(census.header());
        census.partnerships().forEach(this::partnership);
        end(census.header());
    }

    /**
     * Releases what the sink holds (temporary files), after {@link #end} or after a failure; never closes the
     * stream a writer was given. Does nothing by default.
     */
    @Override
    default void close() {
    }
}
