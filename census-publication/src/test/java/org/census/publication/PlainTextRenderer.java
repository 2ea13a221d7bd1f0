package org.census.publication;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.census.publication.internal.document.Block;
import org.census.publication.internal.document.EditionDocument;
import org.census.publication.internal.document.EditionRenderer;
import org.census.publication.internal.document.Inline;

/**
 * A test renderer that prints what a document says, one block a line (a table row a line, its cells between
 * " | "), so that tests assert on the text a reader gets. Links print as "text <href>", marks as "[marked]".
 */
public final class PlainTextRenderer implements EditionRenderer {

    /** The document's text. */
    public static String text(EditionDocument document) {
        StringBuilder out = new StringBuilder();
        document.blocks().forEach(b -> block(b, out));
        return out.toString();
    }

    @Override
    public void render(EditionDocument document, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(text(document));
        w.flush();
    }

    private static void block(Block block, StringBuilder out) {
        if (block instanceof Block.Heading h) {
            out.append("#".repeat(h.level())).append(' ').append(inlines(h.text())).append(" {#").append(h.anchor())
                    .append("}\n");
        } else if (block instanceof Block.Paragraph p) {
            out.append(p.role() == Block.ParagraphRole.BODY ? "" : p.role() + ": ").append(inlines(p.text()))
                    .append('\n');
        } else if (block instanceof Block.ItemList l) {
            l.items().forEach(i -> out.append("- ").append(inlines(i)).append('\n'));
        } else if (block instanceof Block.Table t) {
            out.append("[table ").append(t.role()).append(t.caption().map(c -> ": " + c).orElse("")).append("]\n");
            if (!t.header().isEmpty()) {
                out.append(cells(t.header())).append('\n');
            }
            for (Block.Row r : t.rows()) {
                out.append(r.marked() ? "[marked] " : "").append(r.total() ? "[total] " : "").append(cells(r.cells()))
                        .append('\n');
            }
        } else if (block instanceof Block.Figure f) {
            out.append("Figure ").append(f.number()).append(": ").append(f.caption()).append(" {#").append(f.anchor())
                    .append("} [alt: ").append(f.alt()).append("]\n");
        } else if (block instanceof Block.TableOfContents toc) {
            out.append("[toc: ").append(toc.title()).append("]\n");
        } else if (block instanceof Block.PageBreak) {
            out.append("[page]\n");
        } else if (block instanceof Block.Fiche f) {
            out.append("[fiche ").append(f.anchor()).append(f.marked() ? " marked" : "").append(" regions=")
                    .append(f.regions()).append(" domains=").append(f.domains()).append("]\n");
            f.blocks().forEach(b -> block(b, out));
        }
    }

    private static String cells(List<Block.Cell> cells) {
        return cells.stream().map(c -> (c.header() ? "*" : "") + inlines(c.text())).collect(Collectors.joining(" | "));
    }

    static String inlines(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) {
                out.append(t.text());
            } else if (i instanceof Inline.Link l) {
                out.append(l.text()).append(" <").append(l.href()).append('>');
            } else {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
