/**
 * The census formats that need Apache POI, apart so that census-io stays light for JSON and CSV: the xlsx "tables"
 * format, a provider of census-io's SPI reached through the registry, and the questionnaire workbooks (a blank or
 * filled template for one partnership, and the import of a folder of filled ones), which are API.
 */
module org.census.xlsx {
    requires transitive org.census.io;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires com.fasterxml.aalto;
    requires org.apache.commons.io;
    requires org.apache.commons.compress;
    requires java.xml;

    exports org.census.io.questionnaire;

    provides org.census.io.spi.CensusFormat with org.census.io.xlsx.XlsxCensusFormat;
    provides org.census.io.table.spi.SheetFormat with org.census.io.sheets.XlsxSheetFormat,
            org.census.io.sheets.XlsSheetFormat, org.census.io.sheets.OdsSheetFormat;
}
