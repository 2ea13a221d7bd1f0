/**
 * The edition of a census regenerated as a document: DOCX, HTML and PDF, each a census format found through
 * {@link java.util.ServiceLoader}. The API is {@link org.census.publication.Editions} and its options; the document
 * model, the builder and the renderers are internal.
 */
module org.census.publication {
    requires transitive org.census.core;
    requires transitive org.census.charts;
    requires org.census.io;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.poi;
    requires org.apache.commons.io;
    requires java.xml;
    requires java.logging;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    // openhtmltopdf's jars name no module: these are the names Java derives from the jar files.
    requires openhtmltopdf.core;
    requires openhtmltopdf.pdfbox;
    requires openhtmltopdf.svg.support;

    exports org.census.publication;

    provides org.census.io.spi.CensusFormat with
            org.census.publication.internal.format.DocxEditionFormat,
            org.census.publication.internal.format.HtmlEditionFormat,
            org.census.publication.internal.format.PdfEditionFormat;
}
