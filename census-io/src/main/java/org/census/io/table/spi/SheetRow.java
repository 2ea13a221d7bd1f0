package org.census.io.table.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a sheet: its non-empty cells in column order.
 *
 * @param number its number in the sheet, from 1 (for a CSV file, the record's number, the header counting)
 * @param cells  its non-empty cells, by increasing column, none blank
 * @param hidden whether the spreadsheet hides it (read like the others; said in the dry run)
 */
public record SheetRow(int number, List<SheetCell> cells, boolean hidden) {
    public SheetRow {
        if (number < 1) {
            throw new IllegalArgumentException("rows count from 1, got " + number);
        }
        cells = List.copyOf(cells);
        int previous = 0;
        for (SheetCell c : cells) {
            if (c.column() <= previous) {
                throw new IllegalArgumentException("row " + number + ": cells out of column order at column "
                        + c.column());
            }
            previous = c.column();
        }
    }

    /** The cell in that column (from 1), if not empty. */
    public Optional<SheetCell> cell(int column) {
        // Rows are short and their cells ordered: a binary search would buy nothing measurable.
        for (SheetCell c : cells) {
            if (c.column() == column) {
                return Optional.of(c);
            }
            if (c.column() > column) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The text in that column, "" when the cell is empty. */
    public String text(int column) {
        return cell(column).map(SheetCell::text).orElse("");
    }

    /** A row of cells, none hidden. */
    public static SheetRow of(int number, List<SheetCell> cells) {
        return new SheetRow(number, Objects.requireNonNull(cells, "cells"), false);
    }
}
