/**
 * The edition of a census regenerated as a document: DOCX, HTML and PDF, each a census format found through
 * {@link java.util.ServiceLoader}.
 */
module org.census.publication {
    requires transitive org.census.core;
    requires transitive org.census.charts;
    requires org.census.io;
    requires java.xml;
    requires java.logging;
    // openhtmltopdf's jars name no module: these are the names Java derives from the jar files.
    requires openhtmltopdf.core;
    requires openhtmltopdf.pdfbox;
    requires openhtmltopdf.svg.support;
}
