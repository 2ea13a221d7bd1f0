package org.census.io.table;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column of a spreadsheet can hold: one field of a partnership or of one of its actions. A mapping file names a
 * field by its {@link #key()} ("french-party").
 */
public enum TableField {
    ID(Level.PARTNERSHIP),
    FRENCH_PARTY(Level.PARTNERSHIP),
    PARTNER_PARTY(Level.PARTNERSHIP),
    THIRD_COUNTRY_PARTY(Level.PARTNERSHIP),
    SECTION(Level.PARTNERSHIP),
    REGION(Level.PARTNERSHIP),
    REGION_CODE(Level.PARTNERSHIP),
    /** A commune or cercle of the partner country: kept as a note, and gives the region when the edition knows it. */
    PLACE(Level.PARTNERSHIP),
    UPDATED(Level.PARTNERSHIP),
    FORMALISATION(Level.PARTNERSHIP),
    GOVERNING_DOCUMENT(Level.PARTNERSHIP),
    ANNUAL_BUDGET(Level.PARTNERSHIP),
    CONTINUATION(Level.PARTNERSHIP),
    BUDGET_TREND(Level.PARTNERSHIP),
    LOCAL_MEANS(Level.PARTNERSHIP),
    PERSPECTIVES(Level.PARTNERSHIP),
    NOTE(Level.PARTNERSHIP),
    /** A contact person: personal data, read only when the caller asks for contacts. */
    FRENCH_CONTACT(Level.PARTNERSHIP),
    PARTNER_CONTACT(Level.PARTNERSHIP),
    ACTION_NUMBER(Level.ACTION),
    DOMAIN(Level.ACTION),
    SUBDOMAIN(Level.ACTION),
    /** An action's title ("Intitulé", "Projet"): put before the description. */
    ACTION(Level.ACTION),
    DESCRIPTION(Level.ACTION),
    PERIOD(Level.ACTION),
    START_DATE(Level.ACTION),
    END_DATE(Level.ACTION),
    BUDGET(Level.ACTION),
    /** The currency of the budget columns (ISO 4217 code, "€", "FCFA"). */
    CURRENCY(Level.ACTION),
    ACTION_NOTE(Level.ACTION);

    /** Whether a field describes the partnership or one action of it. */
    public enum Level { PARTNERSHIP, ACTION }

    private final Level level;

    TableField(Level level) {
        this.level = level;
    }

    public Level level() {
        return level;
    }

    /** Its name in a mapping file: lower case, words joined by "-" ("french-party"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The field of that key ("french-party", case-insensitive). */
    public static Optional<TableField> byKey(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.key().equals(k)).findFirst();
    }
}
