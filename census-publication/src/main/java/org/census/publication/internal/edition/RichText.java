package org.census.publication.internal.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.census.publication.internal.document.Inline;

/**
 * Texts as inlines. A census's free text keeps its line breaks ({@link Inline.LineBreak}) and nothing else; an
 * edition text ({@code EditionTexts.TextBlock}) also has its {@code **bold**} and its bare web addresses as links.
 */
final class RichText {
    /** An address runs to a space or an angle bracket; punctuation that ends a sentence is not part of it. */
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]");

    private RichText() {
    }

    /** A census text verbatim, its line breaks kept. */
    static List<Inline> plain(String text) {
        List<Inline> out = new ArrayList<>();
        addLines(out, text, false);
        return out;
    }

    /** One plain text run. */
    static List<Inline> text(String text) {
        return List.of(Inline.Text.plain(text));
    }

    /** A bold text run. */
    static List<Inline> bold(String text) {
        return List.of(new Inline.Text(text, true, false));
    }

    /** An edition text: {@code **...**} bold, http(s) addresses as links, line breaks kept. */
    static List<Inline> marked(String text) {
        List<Inline> out = new ArrayList<>();
        String[] parts = text.split("\\*\\*", -1);
        // An odd count of "**" leaves the last part plain: a lone "**" is printed as it stands.
        boolean balanced = parts.length % 2 == 1;
        for (int i = 0; i < parts.length; i++) {
            boolean bold = balanced && i % 2 == 1;
            if (!balanced && i > 0) {
                addLines(out, "**", false);
            }
            addLinked(out, parts[i], bold);
        }
        return out;
    }

    private static void addLinked(List<Inline> out, String text, boolean bold) {
        Matcher m = URL.matcher(text);
        int from = 0;
        while (m.find()) {
            addLines(out, text.substring(from, m.start()), bold);
            out.add(new Inline.Link(m.group(), m.group()));
            from = m.end();
        }
        addLines(out, text.substring(from), bold);
    }

    private static void addLines(List<Inline> out, String text, boolean bold) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.add(new Inline.LineBreak());
            }
            if (!lines[i].isEmpty()) {
                out.add(new Inline.Text(lines[i], bold, false));
            }
        }
    }
}
