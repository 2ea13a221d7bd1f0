package org.census.publication.internal.format;

import org.census.io.spi.FormatInfo;
import org.census.publication.internal.pdf.PdfRenderer;

import java.util.List;

/** The edition as PDF: the one sent by e-mail and printed. */
public final class PdfEditionFormat extends EditionFormat {
    private static final FormatInfo INFO = new FormatInfo("pdf", List.of("pdf"), "application/pdf", false, true);

    public PdfEditionFormat() {
        super(INFO, new PdfRenderer());
    }
}
