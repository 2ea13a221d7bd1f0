/**
 * Census import and export: the format SPI ({@code org.census.io.spi}), the registry and the facade
 * ({@code org.census.io}) and synthetic censuses. The formats themselves (JSON, CSV, IATI; xlsx in census-xlsx) are
 * providers of the SPI, not API: they are reached through the registry.
 */
module org.census.io {
    requires transitive org.census.core;
    requires org.apache.commons.csv;
    requires java.xml;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.google.common;

    exports org.census.io;
    exports org.census.io.spi;
    exports org.census.io.synthetic;
    exports org.census.io.table;
    exports org.census.io.table.spi;
    // What census-io's formats share with census-xlsx's (cell texts, read-ahead), not an API.
    exports org.census.io.internal to org.census.xlsx;

    uses org.census.io.spi.CensusFormat;
    uses org.census.io.table.spi.SheetFormat;
    provides org.census.io.spi.CensusFormat with org.census.io.json.JsonCensusFormat,
            org.census.io.csv.CsvCensusFormat,
            org.census.io.iati.IatiCensusFormat,
            org.census.io.hxl.HxlCensusFormat,
            org.census.io.geojson.GeoJsonCensusFormat,
            org.census.io.table.internal.TableCensusFormat;
    provides org.census.io.table.spi.SheetFormat with org.census.io.csv.CsvSheetFormat;
}
