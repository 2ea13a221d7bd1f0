package org.census.publication.internal.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The main part, {@code word/document.xml}, written a block at a time: POI would hold the whole body in memory as
 * XML beans (about 100 KB a fiche, 500 MB for 5,000), so each block is built in a small body of its own, written out
 * as text and dropped. The text is kept deflated in memory (a few MB for thousands of fiches) until the package is
 * written, because the block's relationships (links, pictures) must be in the package before it is saved.
 */
final class DocxDocumentPart {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** The namespaces the root element declares, so that no block declares them again. */
    private static final Map<String, String> NAMESPACES = Map.of(
            "w", W,
            "r", R,
            "wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
            "a", "http://schemas.openxmlformats.org/drawingml/2006/main",
            "pic", "http://schemas.openxmlformats.org/drawingml/2006/picture");

    private final ByteArrayOutputStream deflated = new ByteArrayOutputStream();
    private final Writer body = new OutputStreamWriter(new DeflaterOutputStream(deflated,
            new Deflater(Deflater.BEST_SPEED)), StandardCharsets.UTF_8);
    private final XmlOptions options = new XmlOptions().setSaveOuter().setSaveImplicitNamespaces(NAMESPACES)
            .setSaveNoXmlDecl();

    /** Writes the elements of a scratch body (paragraphs, tables) after those written before. */
    void append(CTBody blocks) throws IOException {
        try (XmlCursor cursor = blocks.newCursor()) {
            if (cursor.toFirstChild()) {
                do {
                    body.write(cursor.xmlText(options));
                } while (cursor.toNextSibling());
            }
        }
    }

    /** The whole part: the root element declaring the namespaces, the blocks, then the section's properties. */
    void writeTo(java.io.OutputStream out, CTSectPr section) throws IOException {
        body.close();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document");
        for (Map.Entry<String, String> ns : new java.util.TreeMap<>(NAMESPACES).entrySet()) {
            writer.write(" xmlns:" + ns.getKey() + "=\"" + ns.getValue() + "\"");
        }
        writer.write("><w:body>");
        writer.flush();
        try (InputStream in = new InflaterInputStream(new java.io.ByteArrayInputStream(deflated.toByteArray()))) {
            in.transferTo(out);
        }
        writer.write(text(section));
        writer.write("</w:body></w:document>");
        writer.flush();
    }

    private String text(XmlObject element) {
        try (XmlCursor cursor = element.newCursor()) {
            return cursor.xmlText(options);
        }
    }
}
