package org.census.io.table.internal;

import org.census.io.table.spi.CellKind;
import org.census.io.table.spi.CellRange;
import org.census.io.table.spi.SheetCell;
import org.census.io.table.spi.SheetRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Where the table of a sheet is: its header row (or two, with group cells above the column headers), its HXL hashtag
 * row if any, its first data row, and each column's header. Found in the top rows of the sheet below titles, logos
 * and blank rows, as people lay out their sheets.
 *
 * @param headerRow    the (first) header row
 * @param headerRows   1, or 2 with group cells
 * @param hashtagRow   the HXL hashtag row, if any
 * @param firstDataRow the first row below the header
 * @param headers      the columns that have a header or a hashtag, by column
 */
public record TableLayout(int headerRow, int headerRows, OptionalInt hashtagRow, int firstDataRow,
                          List<Header> headers) {
    /** Rows looked at for the header row. */
    public static final int HEADER_SEARCH_ROWS = 30;
    /** Rows looked at for a hashtag row, as libhxl does. */
    public static final int HASHTAG_SEARCH_ROWS = 25;
    /** Header cells longer than this are titles, not headers. */
    private static final int MAX_HEADER_LENGTH = 200;

    /**
     * One column's header.
     *
     * @param column  its column, from 1
     * @param text    its header in words ("Budget / 2012"), "" if only a hashtag
     * @param hashtag its HXL hashtag, if any
     */
    public record Header(int column, String text, Optional<HxlTag> hashtag) {
    }

    public TableLayout {
        headers = List.copyOf(headers);
    }

    /**
     * The layout of a sheet from its top rows and merged regions: the hashtag row as libhxl finds it (the first of
     * the top 25 rows in which at least half the non-empty cells are hashtags; the row above holds the headers in
     * words) takes precedence over the row with the most cells that name a field, which needs two.
     */
    public static Optional<TableLayout> find(List<SheetRow> top, List<CellRange> merged) {
        Map<Integer, SheetRow> rows = new TreeMap<>();
        for (SheetRow r : top) {
            if (r.number() <= HEADER_SEARCH_ROWS) {
                rows.put(r.number(), r);
            }
        }
        for (SheetRow r : rows.values()) {
            if (r.number() <= HASHTAG_SEARCH_ROWS && isHashtagRow(r)) {
                return Optional.of(hashtags(r, Optional.ofNullable(rows.get(r.number() - 1))));
            }
        }
        SheetRow best = null;
        int bestCount = 1;
        for (SheetRow r : rows.values()) {
            int count = fieldNames(r);
            if (count > bestCount) {
                best = r;
                bestCount = count;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int h = best.number();
        List<CellRange> groupsAbove = groups(merged, h - 1);
        if (!groupsAbove.isEmpty() && rows.containsKey(h - 1)) {
            return Optional.of(twoRows(rows.get(h - 1), best, groupsAbove));
        }
        List<CellRange> groupsHere = groups(merged, h);
        SheetRow below = rows.get(h + 1);
        if (!groupsHere.isEmpty() && below != null && groupsHere.stream().anyMatch(g -> below.cells().stream()
                .anyMatch(c -> c.column() >= g.firstColumn() && c.column() <= g.lastColumn()))) {
            return Optional.of(twoRows(best, below, groupsHere));
        }
        List<Header> headers = new ArrayList<>();
        for (SheetCell c : best.cells()) {
            headers.add(new Header(c.column(), c.text().strip(), Optional.empty()));
        }
        return Optional.of(new TableLayout(h, 1, OptionalInt.empty(), h + 1, headers));
    }

    /** The layout a mapping states: its header row(s), hashtag row and first data row. */
    public static TableLayout given(List<SheetRow> top, List<CellRange> merged, int headerRow, int headerRows,
                                    OptionalInt hashtagRow, int firstDataRow) {
        Map<Integer, SheetRow> rows = new TreeMap<>();
        top.forEach(r -> rows.put(r.number(), r));
        SheetRow empty = SheetRow.of(headerRow, List.of());
        SheetRow words = rows.getOrDefault(headerRow, empty);
        TableLayout found;
        if (hashtagRow.isPresent()) {
            SheetRow tags = rows.getOrDefault(hashtagRow.getAsInt(), SheetRow.of(hashtagRow.getAsInt(), List.of()));
            found = hashtags(tags, Optional.of(words));
        } else if (headerRows == 2) {
            found = twoRows(words, rows.getOrDefault(headerRow + 1, SheetRow.of(headerRow + 1, List.of())),
                    groups(merged, headerRow));
        } else {
            found = new TableLayout(headerRow, 1, OptionalInt.empty(), headerRow + 1, words.cells().stream()
                    .map(c -> new Header(c.column(), c.text().strip(), Optional.empty())).toList());
        }
        return new TableLayout(headerRow, headerRows, hashtagRow, firstDataRow, found.headers());
    }

    /** A hashtag row, as libhxl tells one: at least half its non-empty cells are hashtags. */
    static boolean isHashtagRow(SheetRow r) {
        int tags = 0;
        for (SheetCell c : r.cells()) {
            if (HxlTag.parse(c.text()).isPresent()) {
                tags++;
            }
        }
        return tags > 0 && tags * 2 >= r.cells().size();
    }

    private static TableLayout hashtags(SheetRow tags, Optional<SheetRow> words) {
        Map<Integer, Header> headers = new TreeMap<>();
        words.ifPresent(w -> w.cells().forEach(c -> headers.put(c.column(), new Header(c.column(),
                c.text().strip(), Optional.empty()))));
        for (SheetCell c : tags.cells()) {
            Optional<HxlTag> tag = HxlTag.parse(c.text());
            String text = headers.containsKey(c.column()) ? headers.get(c.column()).text() : "";
            headers.put(c.column(), new Header(c.column(), text, tag));
        }
        int headerRow = words.map(SheetRow::number).orElse(tags.number());
        return new TableLayout(headerRow, 1, OptionalInt.of(tags.number()), tags.number() + 1,
                List.copyOf(headers.values()));
    }

    /** A header of two rows: group cells merged across columns above the column headers. */
    private static TableLayout twoRows(SheetRow groupRow, SheetRow subRow, List<CellRange> groups) {
        Map<Integer, String> texts = new TreeMap<>();
        for (SheetCell c : groupRow.cells()) {
            texts.put(c.column(), c.text().strip());
        }
        for (SheetCell c : subRow.cells()) {
            Optional<CellRange> group = groups.stream().filter(g -> c.column() >= g.firstColumn()
                    && c.column() <= g.lastColumn()).findFirst();
            String sub = c.text().strip();
            texts.put(c.column(), group.map(g -> groupRow.text(g.firstColumn()).strip())
                    .filter(g -> !g.isEmpty()).map(g -> g + " / " + sub).orElse(sub));
        }
        List<Header> headers = new ArrayList<>();
        texts.forEach((column, text) -> headers.add(new Header(column, text, Optional.empty())));
        return new TableLayout(groupRow.number(), 2, OptionalInt.empty(), subRow.number() + 1, headers);
    }

    /** Regions merged across columns within one row: group cells. */
    private static List<CellRange> groups(List<CellRange> merged, int row) {
        List<CellRange> groups = new ArrayList<>();
        if (row < 1) {
            return groups;
        }
        for (CellRange m : merged) {
            if (m.firstRow() == row && m.lastRow() == row && m.lastColumn() > m.firstColumn()) {
                groups.add(m);
            }
        }
        return groups;
    }

    /** How many cells of a row name a field. */
    private static int fieldNames(SheetRow r) {
        int count = 0;
        for (SheetCell c : r.cells()) {
            if (c.kind() == CellKind.TEXT && c.text().length() <= MAX_HEADER_LENGTH
                    && HeaderSynonyms.get().match(c.text()).isPresent()) {
                count++;
            }
        }
        return count;
    }
}
