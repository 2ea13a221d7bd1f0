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
