package org.census.publication.internal.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.census.publication.internal.document.Block;
import org.census.publication.internal.document.EditionDocument;
import org.census.publication.internal.document.EditionRenderer;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The edition as a Word document (DOCX, Office Open XML), the one a person edits before printing: Word's built-in
 * styles (Title, Heading 1-3 with their outline levels, Caption, List Bullet, Table Grid), a table of contents that
 * Word updates on opening, page numbers in the footer, A4 pages, charts as 300-dpi pictures with their text
 * alternative, a bookmark per anchor and links to them.
 *
 * <p>Memory: POI would hold the whole document as XML beans, about 100 KB a fiche; the main part is written a block
 * at a time instead ({@link DocxDocumentPart}), so what stays in memory is the package's small parts, the pictures,
 * and the body deflated: a 5,000-fiche edition renders under {@code -Xmx512m} with a heap peak near 210 MB, most of
 * it the edition document itself. Stateless: one instance may render several documents, one at a time or at once.
 */
public final class DocxRenderer implements EditionRenderer {
    private static final String MAIN_PART = "word/document.xml";

    @Override
    public void render(EditionDocument document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        DocxLabels labels = new DocxLabels(document.locale());
        try (XWPFDocument docx = new XWPFDocument()) {
            DocxStyles.install(docx);
            DocxPage.setUp(docx, document, labels);
            DocxDocumentPart part = new DocxDocumentPart();
            DocxBody body = new DocxBody(docx, labels, DocxTableOfContents.entries(document.blocks()), part);
            for (Block block : document.blocks()) {
                body.write(block);
            }
            body.finish();
            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            docx.write(saved);
            writePackage(saved.toByteArray(), part, docx.getDocument().getBody().getSectPr(), out);
        }
        out.flush();
    }

    /**
     * The package POI saved (styles, numbering, settings, footers, pictures, relationships: small) with its main part,
     * which holds only the section's properties, replaced by the streamed one.
     */
    private static void writePackage(byte[] saved, DocxDocumentPart part, CTSectPr section, OutputStream out)
            throws IOException {
        // The zip stream closes the stream it writes to; the caller of render owns it.
        try (ZipOutputStream zip = new ZipOutputStream(CloseShieldOutputStream.wrap(out));
             ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(saved))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(MAIN_PART)) {
                    part.writeTo(zip, section);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }
}
