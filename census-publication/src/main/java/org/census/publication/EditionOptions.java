package org.census.publication;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.census.text.Label;

/**
 * What an edition is made with besides its census. Immutable.
 *
 * @param locale          the language of the labels and the computed sentences: {@link Locale#FRENCH} or
 *                        {@link Locale#ENGLISH} (any other language is English); the census's own texts stay as written
 * @param since           fiches updated after this day are marked, with a legend, as the source marked its late
 *                        fiches; none marked when empty
 * @param includeContacts whether contact persons and the edition's credits (personal data) are printed
 */
public record EditionOptions(Locale locale, Optional<LocalDate> since, boolean includeContacts) {
    /**
     * Normalises the locale to French or English.
     *
     * @param locale          the language of the labels and the computed sentences
     * @param since           fiches updated after this day are marked; none when empty
     * @param includeContacts whether contact persons and credits are printed
     */
    public EditionOptions {
        locale = Label.language(Objects.requireNonNull(locale, "locale"));
        Objects.requireNonNull(since, "since");
    }

    /**
     * An edition in a language, nothing marked, without personal data.
     *
     * @param locale the language of the labels and computed sentences
     * @return the options
     */
    public static EditionOptions in(Locale locale) {
        return new EditionOptions(locale, Optional.empty(), false);
    }

    /**
     * The same options, fiches updated after this day marked.
     *
     * @param day the last day of the earlier edition: later updates are marked
     * @return the options
     */
    public EditionOptions markedSince(LocalDate day) {
        return new EditionOptions(locale, Optional.of(day), includeContacts);
    }

    /**
     * The same options, with or without the contact persons and credits.
     *
     * @param include whether to print personal data
     * @return the options
     */
    public EditionOptions withContacts(boolean include) {
        return new EditionOptions(locale, since, include);
    }
}
