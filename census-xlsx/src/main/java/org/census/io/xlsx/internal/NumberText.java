package org.census.io.xlsx.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.census.internal.TwoDigitYear;

/**
 * Numbers and dates typed as text in spreadsheet cells, read only where they are unambiguous: "1 500,50",
 * "1500.5", "73 000 €" (French separators: spaces or non-breaking spaces between thousands, a comma before
 * decimals), "17/05/2013", "17/05/13", "2013-05-17"; and number and date cells as the texts a person typed, for
 * every spreadsheet reader and writer alike.
 */
public final class NumberText {
    private static final Pattern FRENCH = Pattern.compile("[-+]?\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?:,\\d+)?"
            + "|[-+]?\\d+(?:,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})");
    /** Years of more than four digits carry a sign, as ISO 8601 and {@link LocalDate#toString()} write them. */
    private static final Pattern ISO = Pattern.compile("([+-]\\d{4,9}|\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final int MAX_LENGTH = 100;
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private NumberText() {
    }

    /** A number, or empty when the text is not one number. An euro sign after it is allowed. */
    public static Optional<BigDecimal> parse(String text) {
        String t = text.strip();
        if (t.endsWith("€")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty() || t.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            if (PLAIN.matcher(t).matches()) {
                return Optional.of(new BigDecimal(t));
            }
            if (FRENCH.matcher(t).matches()) {
                return Optional.of(new BigDecimal(t.replaceAll("[ \\u00A0\\u202F]", "").replace(',', '.')));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A date typed as day/month/year (a two-digit year read by {@link TwoDigitYear}) or as an ISO date. */
    public static Optional<LocalDate> date(String text) {
        String t = text.strip();
        Matcher m = DMY.matcher(t);
        try {
            if (m.matches()) {
                int year = Integer.parseInt(m.group(3));
                return Optional.of(LocalDate.of(m.group(3).length() == 2 ? TwoDigitYear.fullYear(year) : year,
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return isoDate(t);
    }

    public static Optional<LocalDate> isoDate(String text) {
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A day as a French text, "17/05/2013", which {@link #date} reads back. */
    public static String dayMonthYear(LocalDate day) {
        return DAY_MONTH_YEAR.format(day);
    }

    /**
     * A number cell's value as a person typed it: 1500, not 1500.0 or 1.5E3; as written when that would take more
     * digits than a cell holds.
     */
    public static String asTyped(String number) {
        try {
            BigDecimal stripped = new BigDecimal(number.strip()).stripTrailingZeros();
            if (Math.max(stripped.precision() - stripped.scale(), 1) + Math.max(stripped.scale(), 0) > 1_000) {
                return number;
            }
            return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                    : stripped.toPlainString();
        } catch (NumberFormatException | ArithmeticException e) {
            return number;
        }
    }
}
