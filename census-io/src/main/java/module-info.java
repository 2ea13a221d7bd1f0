/**
 * Census import and export: the format SPI ({@code org.census.io.spi}), the registry and the facade
 * ({@code org.census.io}), questionnaire workbooks and synthetic censuses. The formats themselves (JSON, xlsx, CSV)
 * are providers of the SPI, not API: they are reached through the registry.
 */
module org.census.io {
    requires transitive org.census.core;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires com.fasterxml.aalto;
    requires org.apache.commons.csv;
    requires org.apache.commons.io;
    requires org.apache.commons.compress;
    requires java.xml;

    exports org.census.io;
    exports org.census.io.spi;
    exports org.census.io.questionnaire;
    exports org.census.io.synthetic;

    uses org.census.io.spi.CensusFormat;
    provides org.census.io.spi.CensusFormat with org.census.io.json.JsonCensusFormat,
            org.census.io.xlsx.XlsxCensusFormat, org.census.io.csv.CsvCensusFormat;
}
