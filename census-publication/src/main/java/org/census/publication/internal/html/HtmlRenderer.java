package org.census.publication.internal.html;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

import org.census.publication.internal.document.Block;
import org.census.publication.internal.document.EditionDocument;
import org.census.publication.internal.document.EditionRenderer;

/**
 * The edition as one self-contained HTML5 file: the style sheet inline, the charts as inline SVG, no request to any
 * other address (a content security policy says so to the browser too), a print style sheet for A4. The page written
 * for the web ({@link #HtmlRenderer()}) filters its fiches by region, domain and free text with a small inline script;
 * the one written for print ({@link #print()}) has no script and carries what the PDF renderer reads (bookmarks, a
 * running title, fonts by name).
 *
 * <p>The file is also well-formed XML (void elements closed, no named entities but XML's five), so that the PDF's
 * layout engine parses the very same markup. It is written as it goes, block by block, through a buffered writer:
 * the document's size bounds nothing but the output.
 */
public final class HtmlRenderer implements EditionRenderer {
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    /**
     * How a part of the print page links to an anchor of the document, which may be in another part: the PDF renderer
     * turns these addresses into links to the anchor's page once the parts are merged.
     */
    public static final String PART_LINK_SCHEME = "census-anchor:";

    private final boolean print;
    /** For one part of the print page: the whole document's outline and its anchors' pages; null otherwise. */
    private final PrintPart part;

    /** The page for the web: with the fiches' filter. */
    public HtmlRenderer() {
        this(false, null);
    }

    private HtmlRenderer(boolean print, PrintPart part) {
        this.print = print;
        this.part = part;
    }

    /** The page for print, which the PDF renderer lays out: no script, no filter, bookmarks and a running title. */
    public static HtmlRenderer print() {
        return new HtmlRenderer(true, null);
    }

    /**
     * One part of the page for print, which the PDF renderer lays out on its own and merges with the others (the
     * document given to {@link #render} holds the part's blocks only). Unlike {@link #print()}: links to the
     * document's anchors are written {@link #PART_LINK_SCHEME}{@code id}; the table of contents lists the whole
     * document's headings with the page numbers written in ({@code pages}: the page of each anchor, from 1; "000"
     * where unknown yet); the bookmarks are one per anchor of the part, flat, named by the anchor, for the PDF renderer
     * to learn on which page each landed; the footer carries no page number (the PDF renderer stamps them).
     *
     * @param whole the outline of the whole document
     * @param pages the page of each anchor known so far
     * @param first whether the part opens the document (its first page, the title page, has no footer)
     */
    public static HtmlRenderer printPart(DocumentOutline whole, Map<String, Integer> pages, boolean first) {
        return new HtmlRenderer(true, new PrintPart(Objects.requireNonNull(whole, "whole"),
                Map.copyOf(pages), first));
    }

    /** What a part of the print page knows of the rest of the document. */
    record PrintPart(DocumentOutline whole, Map<String, Integer> pages, boolean first) {
    }

    /** A part's first page is not the document's: it has the running title all the same. */
    private static final String NOT_FIRST_PART_CSS =
            "@page :first { @bottom-left { content: element(running-title); } }\n";

    @Override
    public void render(EditionDocument document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        // Flushed at the end, never closed: the caller owns the stream.
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        MarkupWriter markup = new MarkupWriter(writer);
        DocumentOutline outline = part == null ? DocumentOutline.of(document) : part.whole();
        markup.raw("<!DOCTYPE html>\n");
        markup.start("html", "xmlns", XHTML_NS, "lang", document.locale().toLanguageTag()).newline();
        head(document, markup, outline);
        markup.start("body").newline();
        if (print) {
            // A running element must come before the pages it runs on.
            markup.element("div", document.title(), "class", "running-title").newline();
        }
        markup.start("main").newline();
        new HtmlBlocks(markup, writer, document.locale(), outline, print, part).writeAll(document.blocks());
        markup.end("main").newline();
        if (!print && outline.fiches() > 0) {
            markup.start("script").raw(PageResources.filterScript()).end("script").newline();
        }
        markup.end("body").newline().end("html").newline();
        writer.flush();
    }

    private void head(EditionDocument document, MarkupWriter markup, DocumentOutline outline) throws IOException {
        markup.start("head").newline();
        markup.empty("meta", "charset", "utf-8").newline();
        if (!print) {
            markup.empty("meta", "http-equiv", "Content-Security-Policy", "content", "default-src 'none'; "
                    + "style-src 'unsafe-inline'; font-src data:; img-src data:; script-src "
                    + PageResources.filterScriptSource() + "; base-uri 'none'; form-action 'none'").newline();
            markup.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        }
        markup.element("title", document.title()).newline();
        markup.empty("meta", "name", "author", "content", document.publisher()).newline();
        markup.empty("meta", "name", "dcterms.date", "content", document.date().toString()).newline();
        markup.empty("meta", "name", "generator", "content", "census").newline();
        if (print) {
            // What the PDF's layout engine reads as the document's description (PDF/UA asks for one).
            markup.empty("meta", "name", "subject", "content", document.title()).newline();
        }
        markup.start("style").raw(PageResources.editionCss()).raw(print ? PageResources.pdfCss()
                : PageResources.webCss());
        if (part != null) {
            markup.raw(PageResources.pdfPartCss()).raw(part.first() ? "" : NOT_FIRST_PART_CSS);
        }
        markup.end("style").newline();
        if (part != null) {
            anchorBookmarks(markup, document);
        } else if (print) {
            bookmarks(markup, outline);
        }
        markup.end("head").newline();
    }

    /** The PDF's outline, in the element openhtmltopdf reads from the head: parts, and their sub-parts or fiches. */
    private static void bookmarks(MarkupWriter markup, DocumentOutline outline) throws IOException {
        markup.start("bookmarks").newline();
        boolean open = false;
        for (DocumentOutline.Entry entry : outline.headings()) {
            if (entry.level() == 1 && open) {
                markup.end("bookmark").newline();
                open = false;
            }
            if (entry.level() == 1) {
                markup.start("bookmark", "name", entry.text(), "href", "#" + entry.anchor());
                open = true;
            } else {
                markup.empty("bookmark", "name", entry.text(), "href", "#" + entry.anchor()).newline();
            }
        }
        if (open) {
            markup.end("bookmark").newline();
        }
        markup.end("bookmarks").newline();
    }

    /**
     * A part's bookmarks: one per anchor of its blocks (headings, fiches, figures), named by the anchor. A fiche's
     * points at its heading, where its first line is printed (the article may begin at the foot of the page before).
     */
    private static void anchorBookmarks(MarkupWriter markup, EditionDocument document) throws IOException {
        markup.start("bookmarks").newline();
        for (Block block : document.blocks()) {
            if (block instanceof Block.Heading h) {
                markup.empty("bookmark", "name", h.anchor(), "href", "#" + h.anchor()).newline();
            } else if (block instanceof Block.Figure f) {
                markup.empty("bookmark", "name", f.anchor(), "href", "#" + f.anchor()).newline();
            } else if (block instanceof Block.Fiche fiche) {
                String first = fiche.anchor();
                for (Block inner : fiche.blocks()) {
                    if (inner instanceof Block.Heading h) {
                        if (first.equals(fiche.anchor())) {
                            first = h.anchor();
                        }
                        if (!h.anchor().equals(fiche.anchor())) {
                            markup.empty("bookmark", "name", h.anchor(), "href", "#" + h.anchor()).newline();
                        }
                    }
                }
                markup.empty("bookmark", "name", fiche.anchor(), "href", "#" + first).newline();
            }
        }
        markup.end("bookmarks").newline();
    }
}
