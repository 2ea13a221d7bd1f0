package org.census.io;

import org.census.io.spi.FormatOptions;

/** A format as a command line names it: {@code NAME} or {@code NAME:key=value,key=value}. */
record FormatSpec(String name, FormatOptions options) {

    static FormatSpec parse(String spec) {
        int colon = spec.indexOf(':');
        return colon < 0 ? new FormatSpec(spec.strip(), FormatOptions.NONE)
                : new FormatSpec(spec.substring(0, colon).strip(), FormatOptions.parse(spec.substring(colon + 1)));
    }
}
