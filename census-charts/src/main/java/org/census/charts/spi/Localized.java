package org.census.charts.spi;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in the two languages of the charts, and the one rule that picks between them: French for a locale whose
 * language is "fr", English for any other. A chart's title is typically a constant of this type:
 * {@code TITLE.in(locale)}.
 *
 * @param french  the French text
 * @param english the English text
 */
public record Localized(String french, String english) {

    public Localized {
        Objects.requireNonNull(french, "french");
        Objects.requireNonNull(english, "english");
    }

    /** The text in a locale's language: French for "fr", English for any other. */
    public String in(Locale locale) {
        return language(locale) == Locale.FRENCH ? french : english;
    }

    /** The language the charts write for a locale: {@link Locale#FRENCH} for "fr", {@link Locale#ENGLISH} otherwise. */
    public static Locale language(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }
}
