package org.census.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.census.CensusLimits;

/**
 * A date or period as a form states it ("17/05/13", "Avril à août 2012", "1er semestre 2013", "depuis 1994",
 * "En cours"), with its raw text and the intervals read from it.
 *
 * @param raw       the text, verbatim
 * @param intervals the spans named, in the order of the text
 * @param ongoing   the text says the thing goes on ("En cours", "à ce jour", "Projets continus")
 * @param since     the first span opens a period with no stated end ("depuis 1994", "A partir de mai 2012")
 * @param warnings  what the parser was unsure of, in English
 */
public record DateText(String raw, List<DateInterval> intervals, boolean ongoing, boolean since,
                       List<String> warnings) {

    public DateText {
        Objects.requireNonNull(raw, "raw");
        intervals = List.copyOf(intervals);
        warnings = List.copyOf(warnings);
    }

    /** Parses a French date or period text; never throws on odd text. */
    public static DateText parse(String raw) {
        return DateTextParser.parse(raw, CensusLimits.DEFAULT);
    }

    /**
     * Parses a French date or period text, reading only dates of the years the limits allow: a span outside them
     * stays in the raw text, with a warning.
     */
    public static DateText parse(String raw, CensusLimits limits) {
        return DateTextParser.parse(raw, limits);
    }

    /** A date text holding exactly these days, e.g. update dates read from a spreadsheet's date cells. */
    public static DateText ofDays(String raw, List<LocalDate> days) {
        return new DateText(raw, days.stream().map(DateInterval::day).toList(), false, false, List.of());
    }

    public boolean isKnown() {
        return !intervals.isEmpty();
    }

    // Loops, not streams: writers ask these of every action of a census.
    public Optional<LocalDate> earliest() {
        LocalDate earliest = null;
        for (DateInterval i : intervals) {
            earliest = earliest == null || i.start().isBefore(earliest) ? i.start() : earliest;
        }
        return Optional.ofNullable(earliest);
    }

    public Optional<LocalDate> latest() {
        LocalDate latest = null;
        for (DateInterval i : intervals) {
            latest = latest == null || i.end().isAfter(latest) ? i.end() : latest;
        }
        return Optional.ofNullable(latest);
    }

    /** The first year the text names: for a formalisation, the year the partnership began. */
    public Optional<Integer> firstYear() {
        return earliest().map(LocalDate::getYear);
    }

    /** The days named one by one (update dates): the start of each interval given to the day. */
    public List<LocalDate> days() {
        return intervals.stream().filter(i -> i.precision() == DatePrecision.DAY).map(DateInterval::start).toList();
    }
}
