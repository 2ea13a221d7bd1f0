package org.census.io.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.census.CensusFormatException;
import org.census.io.CensusFiles;
import org.census.io.CensusFormats;
import org.census.io.spi.CensusFormat;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatOptions;
import org.census.model.Census;

/**
 * Test helpers: a census written and read back through one format, in memory. Shared with census-xlsx's tests
 * through census-io's test jar, hence a package of its own (a test jar's packages must not split a module's).
 */
public final class TestCensus {
    private TestCensus() {
    }

    public static byte[] write(Census census, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CensusFormat f = CensusFormats.installed().require(format);
        try (CensusSink sink = f.write(out, FormatOptions.NONE)) {
            sink.census(census);
        }
        return out.toByteArray();
    }

    public static Census read(byte[] bytes, String format) {
        return CensusFiles.installed().read(new ByteArrayInputStream(bytes), "test." + format, format);
    }

    public static Census roundTrip(Census census, String format) {
        return read(write(census, format), format);
    }

    /** Reads untrusted bytes: a census, or the one documented failure, a {@link CensusFormatException}. */
    public static void readOrRefuse(byte[] bytes, String format) {
        try {
            CensusFiles.installed().read(new ByteArrayInputStream(bytes), "fuzz." + format, format);
        } catch (CensusFormatException expected) {
            // The one documented failure.
        }
    }

    /** The refusal of hostile bytes: a {@link CensusFormatException} of one line naming the source. */
    public static CensusFormatException refused(byte[] bytes, String format) {
        try {
            CensusFiles.installed().read(new ByteArrayInputStream(bytes), "hostile." + format, format);
        } catch (CensusFormatException e) {
            assertThat(e.getMessage()).startsWith("hostile." + format + ": ").doesNotContain("\n");
            return e;
        }
        throw new AssertionError("read without an error");
    }
}
