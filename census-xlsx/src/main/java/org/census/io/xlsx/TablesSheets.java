package org.census.io.xlsx;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.census.CensusFormatException;
import org.census.Location;
import org.census.io.internal.CellText;

/**
 * Checks a workbook's sheets against the tables layout before any is read, since a sheet the reader does not find
 * is a table of records lost without a word: every sheet the writer writes (but the overview, which is never read)
 * must be there exactly once, under its exact name. A census with no donors or no actions keeps those sheets with
 * their header row, as the writer leaves them.
 *
 * <p>Names are matched exactly: Excel and LibreOffice keep a sheet's name as it is when they save, so a different
 * name is a person's edit, and a sheet "Actions (2)" beside "Actions" may hold the rows that person meant. A sheet
 * whose name differs from one of the layout only in case, accents, spaces or a copy's mark ("Actions (2)",
 * "Actions_2", "Copie de Actions") is refused with the rename that fixes it, rather than guessed at. Two sheets of
 * one name (Excel does not tell case apart in names) are refused. Any other sheet is a person's own and is ignored.
 */
final class TablesSheets {
    /** The sheets read, in the order the writer writes them. */
    static final List<String> REQUIRED = List.of(TablesLayout.PARTNERSHIPS.name(), TablesLayout.PARTIES.name(),
            TablesLayout.CONTACTS.name(), TablesLayout.ACTIONS.name(), TablesLayout.DONORS.name(),
            TablesLayout.STATED.name(), TablesLayout.EDITION.name());

    /** The sheets read where a workbook has them. */
    static final List<String> OPTIONAL = List.of(TablesLayout.TEXTS.name());

    /** The sheet names an error message lists, at most. */
    private static final int LISTED = 12;

    /** The marks spreadsheets add to a copy's name: Excel " (2)", LibreOffice "_2", Google Sheets "Copy of". */
    private static final Pattern COPY_MARK = Pattern.compile("^(?:copy of|copie de)\\s+|\\s*\\(\\d+\\)$|_\\d+$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TablesSheets() {
    }

    /** Fails, naming the sheet and the fix, unless each required sheet is there once under its exact name. */
    static void check(List<String> found, String source) {
        Map<String, String> seen = new HashMap<>();
        for (String name : found) {
            String other = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            if (other != null) {
                throw new CensusFormatException(source, Location.sheet(name), "two sheets named \"" + shorten(other)
                        + (other.equals(name) ? "" : "\" and \"" + shorten(name)) + "\" (a spreadsheet does not "
                        + "tell case apart in sheet names); keep one, with all its rows");
            }
        }
        for (String expected : java.util.stream.Stream.concat(REQUIRED.stream(), OPTIONAL.stream()).toList()) {
            Optional<String> lookalike = found.stream().filter(n -> !n.equals(expected))
                    .filter(n -> key(n).equals(key(expected)) || key(unmarked(n)).equals(key(expected)))
                    .findFirst();
            if (lookalike.isPresent()) {
                String name = lookalike.get();
                throw new CensusFormatException(source, Location.sheet(name), found.contains(expected)
                        ? "a sheet \"" + shorten(name) + "\" beside \"" + expected + "\", whose rows would not be read; "
                                + "move its rows into \"" + expected + "\" and delete it"
                        : "the sheet \"" + shorten(name) + "\" is read only under its name in the tables layout: "
                                + "rename it \"" + expected + "\"");
            }
            if (!found.contains(expected) && REQUIRED.contains(expected)) {
                throw new CensusFormatException(source, Location.sheet(expected), "no sheet named \"" + expected
                        + "\"; the workbook has " + listed(found) + ", the tables layout " + REQUIRED + " (a sheet "
                        + "with no records keeps its header row)");
            }
        }
    }

    /** A name as a person may have retyped it: without case, accents, or spaces at its ends or doubled. */
    private static String key(String name) {
        String bare = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(bare.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** A name without the mark a spreadsheet gives a copy. */
    private static String unmarked(String name) {
        return COPY_MARK.matcher(key(name)).replaceAll("");
    }

    private static String shorten(String name) {
        return CellText.shorten(name);
    }

    /** The names found, each cut short, at most {@value #LISTED} of them: a hostile workbook may have thousands. */
    private static String listed(List<String> names) {
        List<String> shown = new ArrayList<>();
        for (String name : names.subList(0, Math.min(LISTED, names.size()))) {
            shown.add(shorten(name));
        }
        return shown + (names.size() > LISTED ? " and " + (names.size() - LISTED) + " more" : "");
    }
}
