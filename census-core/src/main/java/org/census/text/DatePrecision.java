package org.census.text;

/** How finely a text names a time: "17/05/13" a day, "Mai 2012" a month, "Printemps 2013" a season. */
public enum DatePrecision {
    DAY, MONTH, SEASON, QUARTER, SEMESTER, YEAR;

    DatePrecision coarser(DatePrecision other) {
        return ordinal() >= other.ordinal() ? this : other;
    }
}
