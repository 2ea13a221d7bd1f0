package org.census.publication.internal.html;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

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

    private final boolean print;

    /** The page for the web: with the fiches' filter. */
    public HtmlRenderer() {
        this(false);
    }

    private HtmlRenderer(boolean print) {
        this.print = print;
    }

    /** The page for print, which the PDF renderer lays out: no script, no filter, bookmarks and a running title. */
    public static HtmlRenderer print() {
        return new HtmlRenderer(true);
    }

    @Override
    public void render(EditionDocument document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        // Flushed at the end, never closed: the caller owns the stream.
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        MarkupWriter markup = new MarkupWriter(writer);
        DocumentOutline outline = DocumentOutline.of(document);
        markup.raw("<!DOCTYPE html>\n");
        markup.start("html", "xmlns", XHTML_NS, "lang", document.locale().toLanguageTag()).newline();
        head(document, markup, outline);
        markup.start("body").newline();
        if (print) {
            // A running element must come before the pages it runs on.
            markup.element("div", document.title(), "class", "running-title").newline();
        }
        markup.start("main").newline();
        new HtmlBlocks(markup, writer, document.locale(), outline, print).writeAll(document.blocks());
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
        markup.end("style").newline();
        if (print) {
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
}
