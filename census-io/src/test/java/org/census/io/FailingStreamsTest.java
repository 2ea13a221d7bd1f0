package org.census.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.census.bundled.BundledCensus;
import org.census.io.spi.CensusFormat;
import org.census.io.spi.FormatInfo;
import org.census.io.testing.FailingStreams;
import org.census.io.testing.TestCensus;
import org.census.model.Census;
import org.junit.jupiter.api.Test;

/**
 * The SPI's failure contract, for every format registered on this module's class path (census-xlsx checks xlsx):
 * a stream that fails surfaces as a {@link org.census.CensusException}.
 */
class FailingStreamsTest {
    // With a publisher identifier, which the IATI export needs.
    private static final Census BUNDLED = withOrgId(BundledCensus.load());

    private static Census withOrgId(Census c) {
        return new Census(c.edition().withPublisherOrgId(java.util.Optional.of("XI-IATI-12345")), c.partnerships(),
                c.solidarityFund(), c.statedFigures());
    }

    private static List<CensusFormat> formats(java.util.function.Predicate<FormatInfo> which) {
        return CensusFormats.installed().all().stream().filter(which)
                .map(i -> CensusFormats.installed().require(i.name())).toList();
    }

    @Test
    void everyReaderFailsWithACensusExceptionNamingTheSource() {
        List<CensusFormat> readers = formats(FormatInfo::canRead);
        assertThat(readers).extracting(f -> f.info().name()).contains("json");
        for (CensusFormat f : readers) {
            // A format that only reads (table) reads a sheet made for it: the test sheet reader's.
            byte[] valid = f.info().canWrite() ? TestCensus.write(BUNDLED, f.info().name())
                    : (org.census.io.table.LineSheetFormat.MAGIC + "\nCollectivité française|Partenaire\n"
                    + "Angers|Bamako\n".repeat(100)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            FailingStreams.assertReaderFailsWithACensusExceptionNamingTheSource(f, valid);
        }
    }

    @Test
    void everyWriterFailsWithACensusIOException() {
        List<CensusFormat> writers = formats(FormatInfo::canWrite);
        assertThat(writers).extracting(f -> f.info().name()).contains("json", "csv", "iati");
        writers.forEach(f -> FailingStreams.assertWriterFailsWithACensusIOException(f, BUNDLED));
    }
}
