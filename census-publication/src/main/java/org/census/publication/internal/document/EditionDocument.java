package org.census.publication.internal.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The edition as every renderer sees it: the blocks in reading order, each text already in the output's language and
 * already without personal data where that must be left out. Renderers decide only how it looks, never what it says.
 *
 * @param locale    the language of the labels and computed sentences (the census's own texts stay as written)
 * @param title     the document's title (metadata, running footer)
 * @param publisher who publishes it (metadata)
 * @param date      the edition's date (metadata)
 * @param blocks    the content, title page first
 */
public record EditionDocument(Locale locale, String title, String publisher, LocalDate date, List<Block> blocks) {
    public EditionDocument {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(date, "date");
        blocks = List.copyOf(blocks);
    }
}
