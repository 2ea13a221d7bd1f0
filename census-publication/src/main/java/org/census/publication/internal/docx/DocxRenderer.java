package org.census.publication.internal.docx;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.census.publication.internal.document.Block;
import org.census.publication.internal.document.EditionDocument;
import org.census.publication.internal.document.EditionRenderer;

/**
 * The edition as a Word document (DOCX, Office Open XML), the one a person edits before printing: Word's built-in
 * styles (Title, Heading 1-3 with their outline levels, Caption, List Bullet, Table Grid), a table of contents that
 * Word updates on opening, page numbers in the footer, A4 pages, charts as 300-dpi pictures with their text
 * alternative, a bookmark per anchor and links to them.
 *
 * <p>Memory: POI holds the whole document in memory before writing it (its XML beans), about TODO per fiche; a
 * 5,000-fiche edition renders in a heap of TODO.
 */
public final class DocxRenderer implements EditionRenderer {

    @Override
    public void render(EditionDocument document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        DocxLabels labels = new DocxLabels(document.locale());
        try (XWPFDocument docx = new XWPFDocument()) {
            DocxStyles.install(docx);
            DocxPage.setUp(docx, document, labels);
            DocxBody body = new DocxBody(docx, labels, DocxTableOfContents.entries(document.blocks()));
            for (Block block : document.blocks()) {
                body.write(block);
            }
            body.finish();
            docx.write(new NonClosingStream(out));
        }
        out.flush();
    }

    /** POI closes the stream it writes the package to; the caller of {@link #render} owns it. */
    private static final class NonClosingStream extends FilterOutputStream {
        NonClosingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
