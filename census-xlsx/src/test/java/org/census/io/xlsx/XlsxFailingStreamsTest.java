package org.census.io.xlsx;

import org.census.bundled.BundledCensus;
import org.census.io.CensusFormats;
import org.census.io.spi.CensusFormat;
import org.census.io.testing.FailingStreams;
import org.junit.jupiter.api.Test;

/** The SPI's failure contract for the xlsx format, as census-io's FailingStreamsTest checks it for its own. */
class XlsxFailingStreamsTest {
    private static final CensusFormat XLSX = CensusFormats.installed().require("xlsx");

    @Test
    void readerFailsWithACensusExceptionNamingTheSource() {
        FailingStreams.assertReaderFailsWithACensusExceptionNamingTheSource(XLSX, BundledCensus.load());
    }

    @Test
    void writerFailsWithACensusIOException() {
        FailingStreams.assertWriterFailsWithACensusIOException(XLSX, BundledCensus.load());
    }
}
