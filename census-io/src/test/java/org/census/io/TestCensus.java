package org.census.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.census.io.spi.CensusFormat;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatOptions;
import org.census.model.Census;
import org.census.model.Partnership;

/** Test helpers: a census written and read back through one format, in memory. */
public final class TestCensus {
    private TestCensus() {
    }

    public static byte[] write(Census census, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CensusFormat f = CensusFormats.installed().require(format);
        try (CensusSink sink = f.write(out, FormatOptions.NONE)) {
            sink.start(census);
            for (Partnership p : census.partnerships()) {
                sink.partnership(p);
            }
            sink.end(census);
        }
        return out.toByteArray();
    }

    public static Census read(byte[] bytes, String format) {
        return CensusFiles.read(new ByteArrayInputStream(bytes), "test." + format, format);
    }

    public static Census roundTrip(Census census, String format) {
        return read(write(census, format), format);
    }
}
