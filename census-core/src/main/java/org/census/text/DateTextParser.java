package org.census.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.census.CensusLimits;
import org.census.internal.FrenchText;
import org.census.internal.TwoDigitYear;

/**
 * Reads French dates and periods: "17/05/13", "29 /04/13", "30 septembre 2013", "17/05/13 et 10/07/13",
 * "Mai et juin 2012", "Avril 2012 à octobre 2012", "2012-2013", "1er semestre 2013", "Printemps 2013", "En cours",
 * "depuis 1994", "22 mai 1989 - 24 mars 2009". Works on folded text; never throws.
 */
final class DateTextParser {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("jan", 1),
            Map.entry("fevrier", 2), Map.entry("fevr", 2), Map.entry("fev", 2),
            Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("avr", 4), Map.entry("mai", 5),
            Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("juil", 7), Map.entry("aout", 8),
            Map.entry("septembre", 9), Map.entry("sept", 9), Map.entry("octobre", 10), Map.entry("oct", 10),
            Map.entry("novembre", 11), Map.entry("nov", 11), Map.entry("decembre", 12), Map.entry("dec", 12));
    private static final String MONTH =
            "(janvier|janv\\.?|fevrier|fevr\\.?|fev\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|aout"
                    + "|septembre|sept\\.?|octobre|oct\\.?|novembre|nov\\.?|decembre|dec\\.?)";
    private static final String ORDINAL = "(1er|1ere|premier|premiere|2e|2eme|2nd|2nde|second|seconde|deuxieme"
            + "|3e|3eme|troisieme|4e|4eme|quatrieme|dernier)";
    private static final Pattern ITEM = Pattern.compile(
            "(?<numeric>\\b(?<nd>\\d{1,2})\\s*/\\s*(?<nm>\\d{1,2})\\s*/\\s*(?<ny>\\d{4}|\\d{2})(?!\\d))"
                    + "|(?<dayword>\\b(?<dd>\\d{1,2}|1er)\\s+" + MONTH.replace("(", "(?<dm>") + "(?![a-z])"
                    + "(?:\\s*(?<dy>\\d{4}))?)"
                    + "|(?<bareday>\\b(?<bd>\\d{1,2}|1er)(?=\\s*(?:au|et|-|a)\\s+\\d{1,2}\\s+" + MONTH + "))"
                    + "|(?<month>\\b" + MONTH.replace("(", "(?<mm>") + "(?![a-z])"
                    + "(?:\\s*(?<my>\\d{4}|\\d{2}(?!\\d)))?)"
                    + "|(?<season>\\b(?<sn>printemps|ete|automne|hiver)\\s+(?<sy>\\d{4}))"
                    + "|(?<semester>\\b" + ORDINAL.replace("(", "(?<so>") + "\\s+semestre\\s+(?<smy>\\d{4}))"
                    + "|(?<quarter>\\b" + ORDINAL.replace("(", "(?<qo>") + "\\s+trimestre\\s+(?<qy>\\d{4}))"
                    + "|(?<year>\\b(?<yy>(?:19|20)\\d{2})\\b)");
    /** First letters of the words a date item can begin with (months, seasons, ordinals), folded. */
    private static final String DATE_INITIALS = "jfmasondpehtq";
    private static final Pattern RANGE_GAP = Pattern.compile("\\s*(a|au|-|jusqu'a|jusqu'au|/)\\s*");
    private static final Pattern ONGOING = Pattern.compile(
            "\\b(en cours|a ce jour|a aujourd'hui|aujourd'hui|continus?|poursuivi|toujours d'actualite)\\b");
    private static final Pattern SINCE = Pattern.compile("^\\s*(depuis|a partir d[eu']|des)\\b");
    private static final Pattern SINCE_ANYWHERE = Pattern.compile("\\b(depuis|a partir d[eu'])");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern TENTATIVE = Pattern.compile("\\b(a confirmer|previsionnel|prevue?s?|a venir)\\b");

    private DateTextParser() {
    }

    /** A date item found in the text, before missing years are filled in. */
    private static final class Item {
        final int start;
        final int end;
        final DatePrecision precision;
        Integer day;
        Integer month;
        Integer year;
        int endMonth; // for seasons, semesters and quarters: the last month

        Item(int start, int end, DatePrecision precision) {
            this.start = start;
            this.end = end;
            this.precision = precision;
        }

        /** Whether the day exists ("31/02/13", "0 mai 2013" and "31 au 30 juin" name none); year and month known. */
        boolean isCalendarDate() {
            return month == null || month >= 1 && month <= 12
                    && (day == null || day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth());
        }

        LocalDate first() {
            if (precision == DatePrecision.YEAR) {
                return LocalDate.of(year, 1, 1);
            }
            return LocalDate.of(year, month, day == null ? 1 : day);
        }

        LocalDate last() {
            switch (precision) {
                case YEAR:
                    return LocalDate.of(year, 12, 31);
                case DAY:
                    return LocalDate.of(year, month, day);
                case MONTH:
                    return YearMonth.of(year, month).atEndOfMonth();
                default:
                    return YearMonth.of(endMonth > 12 ? year + 1 : year, (endMonth - 1) % 12 + 1).atEndOfMonth();
            }
        }
    }

    static DateText parse(String rawOrNull, CensusLimits limits) {
        String raw = rawOrNull == null ? "" : rawOrNull;
        if (FrenchText.isBlankAnswer(raw)) {
            return new DateText(raw, List.of(), false, false, List.of());
        }
        // No catch-all: a bug in the reading must fail a test, not turn into a warning (ParserProperties).
        return read(raw, limits);
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static DateText read(String raw, CensusLimits limits) {
        String text = FrenchText.fold(raw).replace('\n', ' ');
        List<String> warnings = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        // The pattern is tried only where a date can start: a word that begins with a digit or with the first
        // letter of a month, season or ordinal. Most positions of a long text are skipped without the regex engine.
        Matcher m = ITEM.matcher(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))
                    || !(c >= '0' && c <= '9' || DATE_INITIALS.indexOf(c) >= 0)) {
                continue;
            }
            m.region(i, text.length());
            if (m.lookingAt()) {
                item(m, warnings).ifPresent(items::add);
                i = m.end() - 1;
            }
        }
        fillYears(items, warnings);
        List<DateInterval> intervals = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item a = items.get(i);
            if (a.year == null) {
                continue;
            }
            if (!a.isCalendarDate()) {
                warnings.add("not a calendar date: " + text.substring(a.start, a.end));
                continue;
            }
            Item b = i + 1 < items.size() ? items.get(i + 1) : null;
            if (b != null && b.year != null && b.isCalendarDate()
                    && RANGE_GAP.matcher(text.substring(a.end, b.start)).matches()) {
                LocalDate start = a.first();
                LocalDate end = b.last();
                if (end.isBefore(start)) {
                    warnings.add("period ends before it starts: " + text.substring(a.start, b.end));
                    add(intervals, new DateInterval(start, a.last(), a.precision), limits, warnings,
                            text.substring(a.start, a.end));
                    continue;
                }
                add(intervals, new DateInterval(start, end, a.precision.coarser(b.precision)), limits, warnings,
                        text.substring(a.start, b.end));
                i++;
            } else {
                add(intervals, new DateInterval(a.first(), a.last(), a.precision), limits, warnings,
                        text.substring(a.start, a.end));
            }
        }
        // The keyword patterns need a letter: most dates ("21/10/09", "2012") have none and skip them.
        boolean words = hasLetter(text);
        boolean ongoing = words && ONGOING.matcher(text).find();
        boolean since = words && (SINCE.matcher(text).find() || SINCE_ANYWHERE.matcher(text).find()
                && !intervals.isEmpty());
        if (words && TENTATIVE.matcher(text).find()) {
            warnings.add("tentative: the text says the date is planned or to be confirmed");
        }
        if (intervals.isEmpty() && !ongoing && DIGIT.matcher(text).find()) {
            warnings.add("no date read from a text with numbers");
        }
        return new DateText(raw, intervals, ongoing, since, warnings);
    }

    /** A span whose years a census holds is read; another stays in the text, with a warning. */
    private static void add(List<DateInterval> intervals, DateInterval span, CensusLimits limits,
                            List<String> warnings, String written) {
        if (limits.allowsYear(span.start().getYear()) && limits.allowsYear(span.end().getYear())) {
            intervals.add(span);
        } else {
            warnings.add("not read as a date (years " + limits.firstYear() + "–" + limits.lastYear()
                    + " only): " + (written.length() > 40 ? written.substring(0, 40) + "…" : written));
        }
    }

    private static Optional<Item> item(Matcher m, List<String> warnings) {
        if (m.group("numeric") != null) {
            Item it = new Item(m.start(), m.end(), DatePrecision.DAY);
            it.day = Integer.parseInt(m.group("nd"));
            it.month = Integer.parseInt(m.group("nm"));
            it.year = fullYear(m.group("ny"));
            return valid(it, m.group(), warnings);
        }
        if (m.group("dayword") != null) {
            Item it = new Item(m.start(), m.end(), DatePrecision.DAY);
            it.day = day(m.group("dd"));
            it.month = month(m.group("dm"));
            it.year = m.group("dy") == null ? null : Integer.parseInt(m.group("dy"));
            return Optional.of(it);
        }
        if (m.group("bareday") != null) {
            Item it = new Item(m.start(), m.end(), DatePrecision.DAY);
            it.day = day(m.group("bd"));
            return Optional.of(it); // month and year come from the next item: "9 au 20 novembre 2012"
        }
        if (m.group("month") != null) {
            Item it = new Item(m.start(), m.end(), DatePrecision.MONTH);
            it.month = month(m.group("mm"));
            it.year = m.group("my") == null ? null : fullYear(m.group("my"));
            return Optional.of(it);
        }
        if (m.group("season") != null) {
            Item it = new Item(m.start(), m.end(), DatePrecision.SEASON);
            it.year = Integer.parseInt(m.group("sy"));
            // Meteorological seasons; winter runs from December of the named year into the next.
            int first = switch (m.group("sn")) {
                case "printemps" -> 3;
                case "ete" -> 6;
                case "automne" -> 9;
                default -> 12;
            };
            it.month = first;
            it.endMonth = first + 2;
            return Optional.of(it);
        }
        if (m.group("semester") != null) {
            Item it = new Item(m.start(), m.end(), DatePrecision.SEMESTER);
            it.year = Integer.parseInt(m.group("smy"));
            int n = ordinal(m.group("so"), 2);
            it.month = n == 1 ? 1 : 7;
            it.endMonth = it.month + 5;
            return Optional.of(it);
        }
        if (m.group("quarter") != null) {
            Item it = new Item(m.start(), m.end(), DatePrecision.QUARTER);
            it.year = Integer.parseInt(m.group("qy"));
            int n = ordinal(m.group("qo"), 4);
            it.month = 3 * (n - 1) + 1;
            it.endMonth = it.month + 2;
            return Optional.of(it);
        }
        Item it = new Item(m.start(), m.end(), DatePrecision.YEAR);
        it.year = Integer.parseInt(m.group("yy"));
        return Optional.of(it);
    }

    private static Optional<Item> valid(Item it, String text, List<String> warnings) {
        if (!it.isCalendarDate()) {
            warnings.add("not a calendar date: " + text);
            return Optional.empty();
        }
        return Optional.of(it);
    }

    /** "Mai et juin 2012", "9 au 20 novembre 2012": items without a year (or month) take the next item's. */
    private static void fillYears(List<Item> items, List<String> warnings) {
        for (int i = items.size() - 1; i >= 0; i--) {
            Item it = items.get(i);
            if (it.month == null && it.precision == DatePrecision.DAY && i + 1 < items.size()) {
                it.month = items.get(i + 1).month;
            }
            if (it.year == null) {
                Optional<Integer> next = i + 1 < items.size() ? Optional.ofNullable(items.get(i + 1).year)
                        : Optional.empty();
                Optional<Integer> previous = i > 0 ? Optional.ofNullable(items.get(i - 1).year) : Optional.empty();
                it.year = next.or(() -> previous).orElse(null);
                if (it.year == null) {
                    warnings.add("a month without a year");
                }
            }
        }
        items.removeIf(it -> it.month == null && it.precision != DatePrecision.YEAR);
    }

    private static int ordinal(String word, int max) {
        int n;
        if (word.startsWith("1") || word.startsWith("prem")) {
            n = 1;
        } else if (word.startsWith("2") || word.startsWith("second") || word.startsWith("deux")) {
            n = 2;
        } else if (word.startsWith("3") || word.startsWith("trois")) {
            n = 3;
        } else {
            n = 4;
        }
        return Math.min(n, max);
    }

    private static int day(String s) {
        return s.equals("1er") ? 1 : Integer.parseInt(s);
    }

    private static int month(String s) {
        return MONTHS.get(s.replace(".", ""));
    }

    private static int fullYear(String s) {
        int y = Integer.parseInt(s);
        return s.length() == 2 ? TwoDigitYear.fullYear(y) : y;
    }
}
