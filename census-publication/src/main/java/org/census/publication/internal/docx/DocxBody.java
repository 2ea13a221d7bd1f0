package org.census.publication.internal.docx;

import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.census.publication.internal.document.Block;
import org.census.publication.internal.document.Inline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

/**
 * Writes the blocks into the document's body, in order, each top-level block built in a scratch body then handed to
 * the {@link DocxDocumentPart}, which writes it out: the document is never whole in memory. Paragraphs and tables are
 * OOXML beans written directly, not through POI's usermodel wrappers, which would add an object per paragraph, run
 * and cell. A page break is not a paragraph of its own (which would leave an empty line at
 * the top of the next page) but "page break before" on the paragraph that follows.
 */
final class DocxBody {
    private final DocxDocumentPart part;
    /** The scratch body of the block being written. */
    private CTBody body;
    private final DocxRuns runs;
    private final DocxBookmarks bookmarks;
    private final DocxTables tables;
    private final DocxFigures figures;
    private final DocxLabels labels;
    private final List<DocxTableOfContents.Entry> contents;
    private boolean breakPending;
    private boolean afterTable;
    /** Until the first heading, page break or table of contents, paragraphs are centred as on a title page. */
    private boolean titlePage = true;

    DocxBody(XWPFDocument docx, DocxLabels labels, List<DocxTableOfContents.Entry> contents, DocxDocumentPart part) {
        this.part = part;
        this.bookmarks = new DocxBookmarks();
        this.runs = new DocxRuns(docx, bookmarks);
        this.tables = new DocxTables(runs);
        this.figures = new DocxFigures(docx, bookmarks, labels);
        this.labels = labels;
        this.contents = List.copyOf(contents);
    }

    void write(Block block) throws IOException {
        body = CTBody.Factory.newInstance();
        write(block, false);
        part.append(body);
    }

    /** Marked: inside a fiche the source marked (its headings are set in the Marked style). */
    private void write(Block block, boolean marked) throws IOException {
        if (block instanceof Block.Heading h) {
            heading(h, marked);
        } else if (block instanceof Block.Paragraph p) {
            paragraph(DocxStyles.of(p.role()), p.text());
        } else if (block instanceof Block.ItemList list) {
            for (List<Inline> item : list.items()) {
                paragraph(DocxStyles.LIST_BULLET, item);
            }
        } else if (block instanceof Block.Table t) {
            if (afterTable && t.caption().isEmpty()) {
                // Two tables with nothing between them are one table to Word and LibreOffice.
                spacer();
            }
            t.caption().ifPresent(this::caption);
            flushBreak();
            tables.write(body, t);
            afterTable = DocxTables.columns(t) > 0;
        } else if (block instanceof Block.Figure f) {
            flushBreak();
            figures.write(body, f);
            afterTable = false;
        } else if (block instanceof Block.TableOfContents toc) {
            titlePage = false;
            tableOfContents(toc);
        } else if (block instanceof Block.PageBreak) {
            titlePage = false;
            breakPending = true;
        } else if (block instanceof Block.Fiche fiche) {
            fiche(fiche);
        }
    }

    /** Ends the body: Word wants a paragraph after a last table. */
    void finish() throws IOException {
        if (afterTable) {
            body = CTBody.Factory.newInstance();
            body.addNewP();
            part.append(body);
        }
    }

    private void fiche(Block.Fiche fiche) throws IOException {
        boolean first = true;
        for (Block inner : fiche.blocks()) {
            if (first && inner instanceof Block.Heading h) {
                // The fiche's own anchor ("fiche-angers-bamako") marks its heading too.
                bookmarks.closeAll(heading(h, fiche.marked(), fiche.anchor()));
            } else {
                write(inner, fiche.marked());
            }
            first = false;
        }
    }

    private void heading(Block.Heading heading, boolean marked) {
        bookmarks.closeAll(heading(heading, marked, null));
    }

    /** A heading with its bookmark(s) opened and its text written; the caller closes the bookmarks. */
    private CTP heading(Block.Heading heading, boolean marked, String extraAnchor) {
        titlePage = false;
        CTP p = newParagraph(DocxStyles.heading(heading.level()));
        if (heading.newPage() && !p.getPPr().isSetPageBreakBefore()) {
            p.getPPr().addNewPageBreakBefore();
        }
        bookmarks.open(p, heading.anchor());
        if (extraAnchor != null && !extraAnchor.equals(heading.anchor())) {
            bookmarks.open(p, extraAnchor);
        }
        runs.write(p, heading.text(), new DocxRuns.Look(false, marked));
        return p;
    }

    private void paragraph(String style, List<Inline> text) {
        runs.write(newParagraph(style), text, DocxRuns.Look.PLAIN);
    }

    private void caption(String text) {
        CTP p = newParagraph(DocxStyles.CAPTION);
        p.getPPr().addNewKeepNext();
        DocxRuns.plain(p, text);
    }

    private void tableOfContents(Block.TableOfContents toc) {
        DocxRuns.plain(newParagraph(DocxStyles.TOC_HEADING), toc.title());
        DocxTableOfContents.write(body, newParagraph(DocxStyles.NOTE), contents, bookmarks,
                labels.get("toc.placeholder"));
    }

    /** A small empty paragraph between two tables. */
    private void spacer() {
        CTPPr props = body.addNewP().addNewPPr();
        props.addNewSpacing().setAfter(java.math.BigInteger.ZERO);
        props.addNewRPr().addNewSz().setVal(java.math.BigInteger.valueOf(8));
    }

    /** A new paragraph of a style (null for Normal), taking a pending page break. */
    private CTP newParagraph(String style) {
        CTP p = body.addNewP();
        afterTable = false;
        CTPPr props = p.addNewPPr();
        if (style != null) {
            props.addNewPStyle().setVal(style);
        }
        if (breakPending) {
            props.addNewPageBreakBefore();
            breakPending = false;
        }
        if (titlePage) {
            props.addNewJc().setVal(STJc.CENTER);
        }
        return p;
    }

    /** Before a table or figure, which cannot carry "page break before": a paragraph that is only the break. */
    private void flushBreak() {
        if (breakPending) {
            breakPending = false;
            body.addNewP().addNewR().addNewBr().setType(STBrType.PAGE);
        }
    }
}
