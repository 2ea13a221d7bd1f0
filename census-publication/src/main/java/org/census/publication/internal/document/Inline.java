package org.census.publication.internal.document;

import java.util.List;
import java.util.Objects;

/** A piece of a line of text. */
public sealed interface Inline {

    /**
     * The text of a run of inlines, whitespace and line breaks as single spaces: for a table of contents' entry, a
     * bookmark's or a link's name.
     */
    static String plainText(List<Inline> inlines) {
        StringBuilder text = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Text t) {
                text.append(t.text());
            } else if (inline instanceof Link l) {
                text.append(l.text());
            } else {
                text.append(' ');
            }
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /** Text, possibly bold or italic. */
    record Text(String text, boolean bold, boolean italic) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        public static Text plain(String text) {
            return new Text(text, false, false);
        }
    }

    /**
     * A link: to an address in the census's own texts, or to an anchor in the document ({@code #fiche-...}).
     */
    record Link(String text, String href) implements Inline {
        public Link {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(href, "href");
        }
    }

    /** A line break inside a paragraph or cell. */
    record LineBreak() implements Inline {
    }
}
