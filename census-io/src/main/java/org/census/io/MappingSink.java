package org.census.io;

import java.util.function.UnaryOperator;

import org.census.io.spi.CensusSink;
import org.census.model.CensusHeader;
import org.census.model.Partnership;

/**
 * Passes a census on to another sink, its header and each partnership through a function (a transformation, a
 * count).
 */
class MappingSink implements CensusSink {
    private final CensusSink downstream;
    private final UnaryOperator<CensusHeader> header;
    private final UnaryOperator<Partnership> each;

    MappingSink(CensusSink downstream, UnaryOperator<Partnership> each) {
        this(downstream, UnaryOperator.identity(), each);
    }

    MappingSink(CensusSink downstream, UnaryOperator<CensusHeader> header, UnaryOperator<Partnership> each) {
        this.downstream = downstream;
        this.header = header;
        this.each = each;
    }

    @Override
    public void start(CensusHeader header) {
        downstream.start(this.header.apply(header));
    }

    @Override
    public void partnership(Partnership partnership) {
        downstream.partnership(each.apply(partnership));
    }

    @Override
    public void warning(String message) {
        downstream.warning(message);
    }

    @Override
    public void end(CensusHeader header) {
        downstream.end(this.header.apply(header));
    }
}
