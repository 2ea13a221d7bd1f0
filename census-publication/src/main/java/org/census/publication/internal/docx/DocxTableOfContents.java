package org.census.publication.internal.docx;

import java.util.ArrayList;
import java.util.List;

import org.census.publication.internal.document.Block;
import org.census.publication.internal.document.Inline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * The table of contents: a TOC field of the level 1 and 2 headings, as Word writes one, with its result filled in
 * already: one paragraph per heading (TOC 1 or TOC 2 style), a link to the heading's bookmark, and its page number as
 * a PAGEREF field. Word rebuilds the whole field when the document opens (it is dirty and the settings ask for it);
 * LibreOffice, which does not rebuild a table of contents on opening, shows these entries and computes each PAGEREF
 * when it lays the pages out, so its table has the right page numbers too. Where neither happens (another reader),
 * the first line says how to update it.
 */
final class DocxTableOfContents {
    /** One entry: a heading of level 1 or 2. */
    record Entry(int level, String anchor, String text) {
    }

    private DocxTableOfContents() {
    }

    /** The headings the table lists, in document order (fiches' headings included). */
    static List<Entry> entries(List<Block> blocks) {
        List<Entry> entries = new ArrayList<>();
        collect(blocks, entries);
        return entries;
    }

    private static void collect(List<Block> blocks, List<Entry> entries) {
        for (Block block : blocks) {
            if (block instanceof Block.Heading h && h.level() <= 2) {
                entries.add(new Entry(h.level(), h.anchor(), Inline.plainText(h.text())));
            } else if (block instanceof Block.Fiche fiche) {
                collect(fiche.blocks(), entries);
            }
        }
    }


    /** The field: its first paragraph the placeholder, then the entries, the field's end in a paragraph of its own. */
    static void write(CTBody body, CTP first, List<Entry> entries, DocxBookmarks bookmarks, String placeholder) {
        DocxFields.begin(first::addNewR, DocxFields.TABLE_OF_CONTENTS, true);
        DocxRuns.plain(first, placeholder);
        for (Entry entry : entries) {
            CTP p = body.addNewP();
            p.addNewPPr().addNewPStyle().setVal("TOC" + entry.level());
            String bookmark = bookmarks.name(entry.anchor());
            CTHyperlink link = p.addNewHyperlink();
            link.setAnchor(bookmark);
            link.setHistory(Boolean.TRUE);
            DocxRuns.plain(link.addNewR(), entry.text() + "\t");
            DocxFields.write(link::addNewR, "PAGEREF " + bookmark + " \\h", "");
        }
        DocxFields.end(body.addNewP()::addNewR);
    }
}
