package org.census.publication.internal.docx;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.census.publication.internal.document.Inline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * Writes inlines as runs of a paragraph: bold and italic as run properties, line breaks as {@code w:br} (also a line
 * feed inside a text), tabs as {@code w:tab}, links as hyperlinks: to a bookmark for {@code #anchor}, to a
 * relationship for an http, https or mailto address. A link to any other scheme, or to an address that is no URI, is
 * written as its text alone: the census's texts are untrusted and a document should not carry a {@code javascript:}
 * or {@code file:} link. Every text goes through {@link XmlText#fit}.
 */
final class DocxRuns {
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

    private final XWPFDocument docx;
    private final DocxBookmarks bookmarks;
    private final Map<String, String> relationships = new HashMap<>();

    DocxRuns(XWPFDocument docx, DocxBookmarks bookmarks) {
        this.docx = docx;
        this.bookmarks = bookmarks;
    }

    /** How the runs of one paragraph look besides each inline's own bold and italic. */
    record Look(boolean bold, boolean marked) {
        static final Look PLAIN = new Look(false, false);
    }

    void write(CTP paragraph, List<Inline> inlines, Look look) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                text(paragraph.addNewR(), t.text(), look.bold() || t.bold(), t.italic(), look.marked());
            } else if (inline instanceof Inline.Link l) {
                link(paragraph, l, look);
            } else {
                paragraph.addNewR().addNewBr();
            }
        }
    }

    /** A run of plain text (a label the renderer adds). */
    static void plain(CTP paragraph, String text) {
        plain(paragraph.addNewR(), text);
    }

    static void plain(CTR run, String text) {
        text(run, text, false, false, false);
    }

    private void link(CTP paragraph, Inline.Link link, Look look) {
        String href = link.href();
        CTHyperlink hyperlink;
        if (href.startsWith("#") && href.length() > 1) {
            hyperlink = paragraph.addNewHyperlink();
            hyperlink.setAnchor(bookmarks.name(href.substring(1)));
        } else {
            String id = relationship(href);
            if (id == null) {
                text(paragraph.addNewR(), link.text(), look.bold(), false, look.marked());
                return;
            }
            hyperlink = paragraph.addNewHyperlink();
            hyperlink.setId(id);
        }
        hyperlink.setHistory(Boolean.TRUE);
        CTR run = hyperlink.addNewR();
        // A marked row's link keeps the row's green, underlined to show it is a link.
        CTRPr props = run.addNewRPr();
        props.addNewRStyle().setVal(look.marked() ? DocxStyles.MARKED : DocxStyles.HYPERLINK);
        if (look.marked()) {
            props.addNewU().setVal(STUnderline.SINGLE);
        }
        text(run, link.text(), look.bold(), false, false);
    }

    /** The relationship id of an external address, one per address; null when it may not be a link. */
    private String relationship(String href) {
        String fitted = XmlText.fit(href).strip();
        if (relationships.containsKey(fitted)) {
            return relationships.get(fitted);
        }
        String id = null;
        try {
            URI uri = new URI(fitted);
            String scheme = uri.getScheme();
            if (scheme != null && LINK_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
                id = docx.getPackagePart().addExternalRelationship(uri.toASCIIString(),
                        XWPFRelation.HYPERLINK.getRelation()).getId();
            }
        } catch (URISyntaxException e) {
            // Not an address: the text alone is written.
        }
        relationships.put(fitted, id);
        return id;
    }

    /** Fills a run with text, splitting at line feeds and tabs, which XML would otherwise fold into spaces. */
    private static void text(CTR run, String raw, boolean bold, boolean italic, boolean marked) {
        if (bold || italic || marked) {
            CTRPr props = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
            if (marked) {
                props.addNewRStyle().setVal(DocxStyles.MARKED);
            }
            if (bold) {
                props.addNewB();
                props.addNewBCs();
            }
            if (italic) {
                props.addNewI();
                props.addNewICs();
            }
        }
        String text = XmlText.fit(raw);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\t') {
                if (i > start) {
                    CTText t = run.addNewT();
                    t.setStringValue(text.substring(start, i));
                    t.setSpace(SpaceAttribute.Space.PRESERVE);
                }
                if (i < text.length()) {
                    if (c == '\n') {
                        run.addNewBr();
                    } else {
                        run.addNewTab();
                    }
                }
                start = i + 1;
            }
        }
    }
}
