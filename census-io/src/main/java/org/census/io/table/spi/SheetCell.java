package org.census.io.table.spi;

import java.util.Objects;

/**
 * One non-empty cell: its value as text, and what kind of value the file stored. For a formula, the value it had when
 * the file was last saved (its cached value); a formula without one is not an empty cell but
 * {@link CellKind#ERROR} with the text {@code "#N/A"}.
 *
 * @param column its column, from 1 (A is 1)
 * @param text   the value as text, never blank: for {@link CellKind#TEXT} the text as typed (line breaks kept), for
 *               {@link CellKind#NUMBER} a plain decimal with a point and no exponent or grouping ({@code 1500},
 *               {@code -0.25}), for {@link CellKind#DATE} an ISO date {@code 2012-03-22} (or date and time
 *               {@code 2012-03-22T10:30} when the time is not midnight), for {@link CellKind#BOOLEAN} {@code TRUE} or
 *               {@code FALSE}, for {@link CellKind#ERROR} the error as Excel shows it ({@code #DIV/0!})
 * @param kind   what the file stored
 */
public record SheetCell(int column, String text, CellKind kind) {
    public SheetCell {
        if (column < 1 || column > SheetLimits.MAX_COLUMNS) {
            throw new IllegalArgumentException("column " + column + " outside 1.." + SheetLimits.MAX_COLUMNS);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a blank cell is an empty cell: leave it out of its row");
        }
    }

    /** A text cell. */
    public static SheetCell text(int column, String text) {
        return new SheetCell(column, text, CellKind.TEXT);
    }

    /** The column's letters as spreadsheets name it: 1 is A, 27 is AA. */
    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }
}
