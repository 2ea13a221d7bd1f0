package org.census.publication.internal.html;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes markup that is both HTML5 and well-formed XML, so that a browser and an XML parser (the PDF's layout engine)
 * read the same file: void elements closed ({@code <br/>}), only the five XML entities. Every text and attribute value
 * goes through {@link #text} or {@link #attribute}: the census's texts are untrusted, and a {@code <script>} in a
 * party's name must come out as text. Characters XML forbids (control characters, lone surrogates) become U+FFFD.
 */
final class MarkupWriter {
    private final Writer out;

    MarkupWriter(Writer out) {
        this.out = out;
    }

    /** Opens an element: {@code start("td", "colspan", "2")}; attributes whose value is null are left out. */
    MarkupWriter start(String name, String... attributes) throws IOException {
        openTag(name, attributes);
        out.write('>');
        return this;
    }

    /** A void element: {@code <br/>}, {@code <meta .../>}. */
    MarkupWriter empty(String name, String... attributes) throws IOException {
        openTag(name, attributes);
        out.write("/>");
        return this;
    }

    MarkupWriter end(String name) throws IOException {
        out.write("</");
        out.write(name);
        out.write('>');
        return this;
    }

    /** An element holding only text. */
    MarkupWriter element(String name, String text, String... attributes) throws IOException {
        return start(name, attributes).text(text).end(name);
    }

    MarkupWriter text(String text) throws IOException {
        escape(text, false);
        return this;
    }

    /** Markup written as it is: only the renderer's own constants (doctype, style sheet, script), never census text. */
    MarkupWriter raw(String markup) throws IOException {
        out.write(markup);
        return this;
    }

    MarkupWriter newline() throws IOException {
        out.write('\n');
        return this;
    }

    /** The text with each character XML forbids replaced by U+FFFD: for text that reaches XML by another way. */
    static String legal(String text) {
        StringBuilder legal = new StringBuilder(text.length());
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                legal.append(c).append(text.charAt(++i));
            } else {
                legal.append(forbidden(c) ? '\uFFFD' : c);
            }
        }
        return legal.toString();
    }

    private static boolean forbidden(char c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || Character.isSurrogate(c) || c == 0xFFFE
                || c == 0xFFFF;
    }

    private void openTag(String name, String... attributes) throws IOException {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.write('<');
        out.write(name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                attribute(attributes[i], attributes[i + 1]);
            }
        }
    }

    private void attribute(String name, String value) throws IOException {
        out.write(' ');
        out.write(name);
        out.write("=\"");
        escape(value, true);
        out.write('"');
    }

    private void escape(String text, boolean inAttribute) throws IOException {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.write("&amp;");
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '"' -> out.write(inAttribute ? "&quot;" : "\"");
                // Kept as characters: a line break in an attribute value would be read back as a space.
                case '\n', '\r', '\t' -> out.write(inAttribute ? "&#" + (int) c + ";" : String.valueOf(c));
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.write(c);
                        out.write(text.charAt(++i));
                    } else if (forbidden(c)) {
                        out.write('\uFFFD');
                    } else {
                        out.write(c);
                    }
                }
            }
        }
    }
}
