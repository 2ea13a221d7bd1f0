package org.census.publication.internal.html;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.census.publication.internal.document.Block;
import org.census.publication.internal.document.Inline;

/**
 * Writes the blocks of one document as HTML elements, one block at a time: headings with their anchors as ids, tables
 * with header cells and captions, figures with inline SVG, fiches as articles that carry what the filter reads.
 */
final class HtmlBlocks {
    /** An anchor a link may point at: the ids the document builder makes. */
    private static final Pattern ANCHOR = Pattern.compile("#[A-Za-z0-9][A-Za-z0-9_:.\\-]*");
    /** The addresses a link may lead to; any other scheme (javascript:, data:, file:) is left as text. */
    private static final Pattern EXTERNAL = Pattern.compile("(?i)(https?://|mailto:)[^\\s\\p{Cntrl}<>\"]+");

    private final MarkupWriter markup;
    private final Writer out;
    private final Locale locale;
    private final DocumentOutline outline;
    private final boolean print;
    /** For a part of the print page, what it knows of the rest of the document; null otherwise. */
    private final HtmlRenderer.PrintPart part;
    /** The anchor of the heading the fiches now being written stand under, for the filter to hide it with them. */
    private String group;

    HtmlBlocks(MarkupWriter markup, Writer out, Locale locale, DocumentOutline outline, boolean print,
               HtmlRenderer.PrintPart part) {
        this.markup = markup;
        this.out = out;
        this.locale = locale;
        this.outline = outline;
        this.print = print;
        this.part = part;
    }

    /** The address of an anchor of the document ({@code id} without its {@code #}). */
    private String anchorHref(String id) {
        return part == null ? "#" + id : HtmlRenderer.PART_LINK_SCHEME + id;
    }

    /** The contents' page number of an anchor, written in a part of the print page; null elsewhere. */
    private String pageOf(String id) {
        if (part == null) {
            return null;
        }
        Integer page = part.pages().get(id);
        return page == null ? "000" : page.toString();
    }

    /** The body's blocks; the filter goes before the first fiche (or the heading the fiches stand under). */
    void writeAll(List<Block> blocks) throws IOException {
        boolean filterWritten = print || outline.fiches() == 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean headsFiches = block instanceof Block.Heading && i + 1 < blocks.size()
                    && blocks.get(i + 1) instanceof Block.Fiche;
            if (!filterWritten && (headsFiches || block instanceof Block.Fiche)) {
                FicheFilter.write(markup, locale, outline);
                filterWritten = true;
            }
            if (block instanceof Block.Heading h) {
                if (headsFiches) {
                    group = h.anchor();
                }
                heading(h, headsFiches, null);
            } else {
                write(block, null);
            }
            markup.newline();
        }
    }

    private void write(Block block, String ficheAnchor) throws IOException {
        if (block instanceof Block.Heading h) {
            heading(h, false, ficheAnchor);
        } else if (block instanceof Block.Paragraph p) {
            markup.start("p", "class", p.role().name().toLowerCase(Locale.ROOT));
            inlines(p.text());
            markup.end("p");
        } else if (block instanceof Block.ItemList list) {
            markup.start("ul");
            for (List<Inline> item : list.items()) {
                markup.start("li");
                inlines(item);
                markup.end("li");
            }
            markup.end("ul");
        } else if (block instanceof Block.Table table) {
            table(table);
        } else if (block instanceof Block.Figure figure) {
            figure(figure);
        } else if (block instanceof Block.TableOfContents toc) {
            tableOfContents(toc);
        } else if (block instanceof Block.PageBreak) {
            markup.start("div", "class", "page-break").end("div");
        } else if (block instanceof Block.Fiche fiche) {
            fiche(fiche);
        }
    }

    private void heading(Block.Heading heading, boolean headsFiches, String ficheAnchor) throws IOException {
        String name = "h" + heading.level();
        // The fiche's article carries its anchor: the same id twice would make links ambiguous.
        String id = heading.anchor().equals(ficheAnchor) ? null : heading.anchor();
        markup.start(name, "id", id, "class", heading.newPage() ? "new-page" : null,
                "data-fiche-group", headsFiches ? "" : null);
        inlines(heading.text());
        markup.end(name);
    }

    private void fiche(Block.Fiche fiche) throws IOException {
        markup.start("article", "class", fiche.marked() ? "fiche marked" : "fiche", "id", fiche.anchor(),
                "data-regions", jsonArray(fiche.regions()), "data-domains", jsonArray(fiche.domains()),
                "data-group", group);
        for (Block block : fiche.blocks()) {
            write(block, fiche.anchor());
        }
        markup.end("article");
    }

    private void table(Block.Table table) throws IOException {
        markup.start("table", "class", table.role().name().toLowerCase(Locale.ROOT));
        if (table.caption().isPresent()) {
            markup.element("caption", table.caption().get());
        }
        int total = table.widths().stream().mapToInt(Integer::intValue).sum();
        if (total > 0) {
            markup.start("colgroup");
            for (int width : table.widths()) {
                markup.empty("col", "style", String.format(Locale.ROOT, "width:%.2f%%", 100.0 * width / total));
            }
            markup.end("colgroup");
        }
        if (!table.header().isEmpty()) {
            markup.start("thead").start("tr");
            for (Block.Cell cell : table.header()) {
                cell(cell, "th", "col");
            }
            markup.end("tr").end("thead");
        }
        markup.start("tbody");
        for (Block.Row row : table.rows()) {
            List<String> classes = new ArrayList<>();
            if (row.marked()) {
                classes.add("marked");
            }
            if (row.total()) {
                classes.add("total");
            }
            markup.start("tr", "class", classes.isEmpty() ? null : String.join(" ", classes));
            for (Block.Cell cell : row.cells()) {
                if (cell.header()) {
                    cell(cell, "th", "row");
                } else {
                    cell(cell, "td", null);
                }
            }
            markup.end("tr");
        }
        markup.end("tbody").end("table");
    }

    private void cell(Block.Cell cell, String name, String scope) throws IOException {
        markup.start(name, "scope", scope, "colspan", cell.span() > 1 ? Integer.toString(cell.span()) : null);
        inlines(cell.text());
        markup.end(name);
    }

    private void figure(Block.Figure figure) throws IOException {
        markup.start("figure", "id", figure.anchor(), "class", "chart");
        InlineSvg.write(figure, out, !print);
        markup.element("figcaption", PageResources.label(locale, "figure.caption",
                "number", Integer.toString(figure.number()), "caption", figure.caption()));
        markup.end("figure");
    }

    private void tableOfContents(Block.TableOfContents toc) throws IOException {
        markup.start("nav", "class", "toc", "aria-label", toc.title());
        markup.element("h1", toc.title(), "class", "toc-title");
        markup.start("ol");
        boolean inItem = false;
        boolean inSublist = false;
        for (DocumentOutline.Entry entry : outline.headings()) {
            if (entry.level() == 1) {
                if (inSublist) {
                    markup.end("ol");
                    inSublist = false;
                }
                if (inItem) {
                    markup.end("li");
                }
                markup.start("li");
                markup.element("a", entry.text(), "href", anchorHref(entry.anchor()), "data-page",
                        pageOf(entry.anchor()));
                inItem = true;
            } else {
                if (!inSublist) {
                    if (!inItem) {
                        markup.start("li");
                        inItem = true;
                    }
                    markup.start("ol");
                    inSublist = true;
                }
                markup.start("li").element("a", entry.text(), "href", anchorHref(entry.anchor()), "data-page",
                        pageOf(entry.anchor())).end("li");
            }
            markup.newline();
        }
        if (inSublist) {
            markup.end("ol");
        }
        if (inItem) {
            markup.end("li");
        }
        markup.end("ol").end("nav");
    }

    private void inlines(List<Inline> inlines) throws IOException {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                text(t);
            } else if (inline instanceof Inline.Link link) {
                link(link);
            } else {
                markup.empty("br");
            }
        }
    }

    private void text(Inline.Text text) throws IOException {
        if (text.bold()) {
            markup.start("strong");
        }
        if (text.italic()) {
            markup.start("em");
        }
        markup.text(text.text());
        if (text.italic()) {
            markup.end("em");
        }
        if (text.bold()) {
            markup.end("strong");
        }
    }

    /** A link only to an anchor of the document or to an ordinary address; anything else is shown as text. */
    private void link(Inline.Link link) throws IOException {
        String href = link.href().strip();
        if (ANCHOR.matcher(href).matches()) {
            markup.element("a", link.text(), "href", anchorHref(href.substring(1)));
        } else if (EXTERNAL.matcher(href).matches()) {
            markup.element("a", link.text(), "href", href, "rel", "noopener");
        } else {
            markup.text(link.text());
        }
    }

    /** A JSON array of strings, for the filter's script to read from an attribute. */
    static String jsonArray(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (String value : values) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"' || c == '\\') {
                    json.append('\\').append(c);
                } else if (c < 0x20) {
                    json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    json.append(c);
                }
            }
            json.append('"');
        }
        return json.append(']').toString();
    }
}
