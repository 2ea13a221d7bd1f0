package org.census.publication.internal.document;

import java.util.Objects;

/** A piece of a line of text. */
public sealed interface Inline {

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
