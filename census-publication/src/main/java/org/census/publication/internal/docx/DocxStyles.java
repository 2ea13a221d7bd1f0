package org.census.publication.internal.docx;

import java.io.IOException;
import java.io.InputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.census.publication.internal.document.Block.ParagraphRole;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The styles of the document, from {@code styles.xml} and {@code numbering.xml} beside this class: written by hand
 * as text, so that a reviewer reads what changes, in place of a binary template. A new POI document has no styles at
 * all; these are Word's built-in ones (recognised by name), plus four of the edition's own (Note, Source, Table Text,
 * Marked).
 */
final class DocxStyles {
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String TOC_HEADING = "TOCHeading";
    static final String CAPTION = "Caption";
    static final String NOTE = "Note";
    static final String LIST_BULLET = "ListBullet";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_GRID = "TableGrid";
    static final String FOOTER = "Footer";
    static final String HYPERLINK = "Hyperlink";
    static final String MARKED = "Marked";

    private DocxStyles() {
    }

    /** Gives the document its styles and the bullets' list definition. */
    static void install(XWPFDocument docx) throws IOException {
        try (InputStream styles = resource("styles.xml"); InputStream numbering = resource("numbering.xml")) {
            docx.createStyles().setStyles(StylesDocument.Factory.parse(styles).getStyles());
            docx.createNumbering().setNumbering(NumberingDocument.Factory.parse(numbering).getNumbering());
        } catch (XmlException e) {
            throw new IllegalStateException("the DOCX styles shipped with census are broken: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DocxStyles.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("the DOCX styles resource " + name + " is missing from the census-publication jar");
        }
        return in;
    }

    static String heading(int level) {
        return "Heading" + level;
    }

    /** The style of a paragraph role; Normal (no style named) for body text. */
    static String of(ParagraphRole role) {
        return switch (role) {
            case TITLE -> TITLE;
            case SUBTITLE -> SUBTITLE;
            case BODY -> null;
            case NOTE -> NOTE;
            case FOOTNOTE -> "FootnoteText";
            case SOURCE -> "Source";
            case DATE -> "Date";
        };
    }
}
