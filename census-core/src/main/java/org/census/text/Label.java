package org.census.text;

import java.util.Locale;
import java.util.Objects;

/**
 * Words for a reader in French and in English, and the one rule for choosing between them: French for a locale
 * whose language is "fr", English for any other.
 *
 * @param fr the French words
 * @param en the English words
 */
public record Label(String fr, String en) {
    public Label {
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(en, "en");
    }

    /** Whether the locale reads French. */
    public static boolean isFrench(Locale locale) {
        return "fr".equals(locale.getLanguage());
    }

    /** The language written for a locale: {@link Locale#FRENCH} for "fr", {@link Locale#ENGLISH} for any other. */
    public static Locale language(Locale locale) {
        return isFrench(locale) ? Locale.FRENCH : Locale.ENGLISH;
    }

    /** The words in the locale's language. */
    public String in(Locale locale) {
        return isFrench(locale) ? fr : en;
    }
}
