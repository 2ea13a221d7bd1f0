package org.census.io;

import java.util.ArrayList;
import java.util.List;

import org.census.internal.Messages;
import org.census.CensusFormatException;
import org.census.Location;
import org.census.io.spi.CensusSink;
import org.census.model.Census;
import org.census.model.CensusHeader;
import org.census.model.Partnership;

/**
 * Builds the in-memory census from the streaming path, for callers that need the whole (a writer that must see every
 * partnership before it writes, such as an edition). A subclass that overrides {@link #end} calls it first.
 */
public class CensusCollector implements CensusSink {
    private final String source;
    private final List<Partnership> partnerships = new ArrayList<>();
    private Census census;

    /** @param source the input's name, for the message when the census is not valid */
    public CensusCollector(String source) {
        this.source = source;
    }

    @Override
    public void start(CensusHeader header) {
        // The header is taken complete at end().
    }

    @Override
    public void partnership(Partnership partnership) {
        partnerships.add(partnership);
    }

    @Override
    public void end(CensusHeader header) {
        try {
            census = new Census(header.edition(), partnerships, header.solidarityFund(), header.statedFigures());
        } catch (IllegalArgumentException e) {
            throw new CensusFormatException(source, Location.NONE, Messages.cut(e.getMessage(), 300));
        }
    }

    /** The census, once {@link #end} has been called. */
    public Census census() {
        if (census == null) {
            throw new IllegalStateException("the reader of " + source + " ended without its census");
        }
        return census;
    }
}
