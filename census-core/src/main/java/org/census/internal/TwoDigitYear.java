package org.census.internal;

/**
 * The one rule for a year written with two digits ("17/05/95", "Septembre12"), for every reader of dates: 00 to 49
 * are 2000 to 2049, 50 to 99 are 1950 to 1999. The censuses are of 2012-2013 and name plans a few years ahead, while
 * partnerships were formalised from the 1970s on; a pivot at 50 reads both, where "always 20xx" made 1995 into 2095.
 */
public final class TwoDigitYear {
    /** The first two-digit year read in the 1900s. */
    public static final int PIVOT = 50;

    private TwoDigitYear() {
    }

    /**
     * The full year of a two-digit year.
     *
     * @throws IllegalArgumentException for a number outside 0 to 99
     */
    public static int fullYear(int twoDigits) {
        if (twoDigits < 0 || twoDigits > 99) {
            throw new IllegalArgumentException("a two-digit year is 0 to 99, not " + twoDigits);
        }
        return twoDigits < PIVOT ? 2000 + twoDigits : 1900 + twoDigits;
    }
}
