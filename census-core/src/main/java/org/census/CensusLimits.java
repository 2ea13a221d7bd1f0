package org.census;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.census.internal.LoneSurrogates;
import org.census.internal.Messages;

/**
 * The limits of the model, in one place: what a census may hold, so that every census the model accepts can be
 * written in every format and read back, and so that reading an untrusted file holds a bounded amount of it in
 * memory. Every reader checks these as values enter, naming the cell or the JSON pointer; the records check them
 * too, for censuses an application builds itself.
 *
 * <p>The counts are far above any real census (the bundled one, measured: 36 actions on its largest form, 13
 * donors, 6 parties on a side, 4 contacts, 15 notes, 3 levels of place, 11 stated figures, texts of at most 1,994
 * characters) and low enough that a reader holding the largest record they allow stays within a small heap.
 *
 * <p>The years of dates are the one limit an application may choose: {@link #DEFAULT} reads 1900 to 2100, and
 * {@link org.census.text.DateText#parse(String, CensusLimits)} reads with another range.
 *
 * @param firstYear the first year a date may have
 * @param lastYear  the last year a date may have
 */
public record CensusLimits(int firstYear, int lastYear) {
    /** Dates of 1900 to 2100: a census of decentralised cooperation (from the 1950s) names no others. */
    public static final CensusLimits DEFAULT = new CensusLimits(1900, 2100);

    /**
     * The longest text, in characters (UTF-16 units): what a spreadsheet cell holds, so that every census can be
     * written to xlsx. A list of texts that fills one cell (regions, notes, a party's place) counts its items and one
     * line break between each.
     */
    public static final int MAX_TEXT_LENGTH = 32_767;
    /**
     * The largest amount, in euros, in either sign: 10^12 €, a thousand billion. No local authority's budget comes
     * near (the largest French ones are near 10^10 €), and a sum of a million of them is still exact in a double, as
     * the charts draw it.
     */
    public static final BigDecimal MAX_AMOUNT_EUR = BigDecimal.TEN.pow(12);
    private static final BigDecimal MIN_AMOUNT_EUR = MAX_AMOUNT_EUR.negate();
    /** The most decimals of an amount or a stated figure: cents need two. */
    public static final int MAX_DECIMALS = 6;
    /** The most actions of one partnership (the bundled census: 36). */
    public static final int MAX_ACTIONS_PER_PARTNERSHIP = 10_000;
    /** The most donors of a solidarity fund (the bundled census: 13; France has about 35,000 communes). */
    public static final int MAX_DONORS = 100_000;
    /**
     * The most items of any other list inside one record: the parties of each side, the contacts, the notes, the
     * regions and update dates of a partnership, the levels of a party's place, the regions of an edition, the
     * stated figures.
     */
    public static final int MAX_LIST_LENGTH = 1_000;
    /**
     * The most characters of all the texts of one record together, as a reader holds it at once: a partnership with
     * its parties and contacts, its actions, the fund with its donors, the stated figures. 10,000 actions of 400
     * characters each, or 100,000 donors of 40; the bundled census's largest partnership holds fewer than 10,000.
     */
    public static final long MAX_RECORD_CHARACTERS = 4_000_000;

    public CensusLimits {
        if (firstYear < 1 || lastYear > 9999 || firstYear > lastYear) {
            throw new IllegalArgumentException("years " + firstYear + " to " + lastYear
                    + ": expected a range within 1 to 9999");
        }
    }

    /** Whether a year is one a date may have. */
    public boolean allowsYear(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /** What is wrong with a day as a value of a census, if anything. */
    public Optional<String> dateProblem(LocalDate day) {
        return allowsYear(day.getYear()) ? Optional.empty() : Optional.of("the year " + day.getYear()
                + " is outside " + firstYear + "–" + lastYear + ", the years a census holds");
    }

    /** What is wrong with an amount or a stated figure, if anything. */
    public static Optional<String> numberProblem(BigDecimal value) {
        if (value.compareTo(MAX_AMOUNT_EUR) > 0 || value.compareTo(MIN_AMOUNT_EUR) < 0) {
            return Optional.of("the number " + shortNumber(value) + " is beyond ±10^12, the largest a census holds");
        }
        if (value.scale() > MAX_DECIMALS && value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return Optional.of("the number " + shortNumber(value) + " has more than " + MAX_DECIMALS
                    + " decimals, the most a census holds");
        }
        return Optional.empty();
    }

    /**
     * What is wrong with a text, if anything: too long, or holding a lone surrogate, which is no Unicode text (UTF-8
     * cannot encode it, so a CSV would get a "?" in its place).
     */
    public static Optional<String> textProblem(String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            return Optional.of(tooLong(text.length()));
        }
        int lone = LoneSurrogates.indexIn(text);
        return lone < 0 ? Optional.empty() : Optional.of(LoneSurrogates.problem(text, lone));
    }

    /** What is wrong with a list of texts that fills one cell, if anything. */
    public static Optional<String> listProblem(List<String> texts) {
        if (texts.size() > MAX_LIST_LENGTH) {
            return Optional.of(tooMany(texts.size(), MAX_LIST_LENGTH));
        }
        long length = Math.max(0, texts.size() - 1);
        for (String t : texts) {
            length += t.length();
        }
        if (length > MAX_TEXT_LENGTH) {
            return Optional.of(tooLong(length));
        }
        return texts.stream().map(CensusLimits::textProblem).flatMap(Optional::stream).findFirst();
    }

    /** The problem of a list that has reached {@code count} items where {@code max} are allowed. */
    public static String tooMany(long count, int max) {
        return "more than " + String.format(java.util.Locale.ROOT, "%,d", max) + " items (" + count
                + " or more), the most a census holds here";
    }

    private static String tooLong(long length) {
        return "a text of " + length + " characters, more than the " + MAX_TEXT_LENGTH
                + " a census holds (what a spreadsheet cell holds); shorten it";
    }

    /** A number as a message quotes it: never thousands of digits. */
    private static String shortNumber(BigDecimal value) {
        return Messages.cut(value.toString(), 31);
    }

    // Checks for the records' constructors: a census an application builds beyond a limit is the application's
    // mistake, an IllegalArgumentException.

    /** The text, if it is within the limit. */
    public static String requireText(String text, String what) {
        textProblem(text).ifPresent(p -> {
            throw new IllegalArgumentException(what + ": " + p);
        });
        return text;
    }

    /** The list, copied, if it is within the limits of a list that fills one cell. */
    public static List<String> requireList(List<String> texts, String what) {
        List<String> copy = List.copyOf(texts);
        listProblem(copy).ifPresent(p -> {
            throw new IllegalArgumentException(what + ": " + p);
        });
        return copy;
    }

    /** The list, copied, if it holds at most {@code max} items. */
    public static <T> List<T> requireCount(List<T> items, int max, String what) {
        List<T> copy = List.copyOf(items);
        if (copy.size() > max) {
            throw new IllegalArgumentException(what + ": " + tooMany(copy.size(), max));
        }
        return copy;
    }

    /** The number, if it is within the limits of an amount. */
    public static BigDecimal requireNumber(BigDecimal value, String what) {
        numberProblem(value).ifPresent(p -> {
            throw new IllegalArgumentException(what + ": " + p);
        });
        return value;
    }
}
