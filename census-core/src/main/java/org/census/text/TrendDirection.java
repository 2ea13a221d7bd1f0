package org.census.text;

import java.util.Locale;

/** Which way a partnership's budget moved. */
public enum TrendDirection {
    INCREASE("En hausse", "Increased"),
    MAINTAIN("Maintenu", "Maintained"),
    DECREASE("En baisse", "Decreased"),
    UNKNOWN("Non précisé", "Not stated");

    private final Label label;

    TrendDirection(String fr, String en) {
        this.label = new Label(fr, en);
    }

    /** The direction in words, for tables and charts: in French ("fr") or English (any other language). */
    public String label(Locale locale) {
        return label.in(locale);
    }
}
