package org.census.publication.internal.format;

import org.census.io.spi.FormatInfo;
import org.census.publication.internal.docx.DocxRenderer;

import java.util.List;

/** The edition as a Word document: the one a person edits before printing. */
public final class DocxEditionFormat extends EditionFormat {
    private static final FormatInfo INFO = new FormatInfo("docx", List.of("docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, true);

    public DocxEditionFormat() {
        super(INFO, new DocxRenderer());
    }
}
