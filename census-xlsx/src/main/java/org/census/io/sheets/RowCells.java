package org.census.io.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.census.CensusFormatException;
import org.census.Location;
import org.census.io.table.spi.CellKind;
import org.census.io.table.spi.SheetCell;
import org.census.io.table.spi.SheetLimits;
import org.census.io.table.spi.SheetRow;

/**
 * The cells of the row being read, gathered under {@link SheetLimits} for every spreadsheet reader here: a column past
 * XFD, a cell or a row too long, cells or rows out of order are refused as they come, naming the place.
 */
final class RowCells {
    private final String source;
    private final String sheet;
    private final List<SheetCell> cells = new ArrayList<>();
    private int row;
    private int previousRow;
    private int lastColumn;
    private long characters;

    RowCells(String source, String sheet) {
        this.source = source;
        this.sheet = sheet;
    }

    /** Starts the row of that number (from 1), which must come after the last one. */
    void start(int number) {
        if (number <= previousRow) {
            throw error(Location.row(sheet, Math.max(number, 1)), String.format(Locale.ROOT,
                    "row %,d comes after row %,d: rows out of order", number, previousRow));
        }
        row = number;
        previousRow = number;
        cells.clear();
        lastColumn = 0;
        characters = 0;
    }

    int row() {
        return row;
    }

    /** Adds a cell of the current row (from column 1); a blank text is an empty cell, left out. */
    void add(int column, String text, CellKind kind) {
        requireColumn(column);
        if (column <= lastColumn) {
            throw error(Location.cell(sheet, row, column), "a cell after one of column "
                    + SheetCell.columnName(lastColumn) + ": cells out of order");
        }
        lastColumn = column;
        if (text.length() > SheetLimits.MAX_CELL_LENGTH) {
            throw error(Location.cell(sheet, row, column), String.format(Locale.ROOT, "a cell of %,d characters, "
                    + "more than the %,d a spreadsheet cell holds", text.length(), SheetLimits.MAX_CELL_LENGTH));
        }
        characters += text.length();
        if (characters > SheetLimits.MAX_ROW_CHARACTERS) {
            throw error(Location.cell(sheet, row, column), String.format(Locale.ROOT, "the row has more than %,d "
                    + "characters, the most read in one row", SheetLimits.MAX_ROW_CHARACTERS));
        }
        if (!text.isBlank()) {
            cells.add(new SheetCell(column, text, kind));
        }
    }

    /** Refuses a column past XFD before anything of it is read. */
    void requireColumn(int column) {
        if (column < 1 || column > SheetLimits.MAX_COLUMNS) {
            throw error(Location.row(sheet, row), String.format(Locale.ROOT, "a cell in column %,d, beyond XFD "
                    + "(%,d), the last column of a spreadsheet", column, SheetLimits.MAX_COLUMNS));
        }
    }

    /** The row, or null if it has no non-empty cell. */
    SheetRow finish(boolean hidden) {
        return cells.isEmpty() ? null : new SheetRow(row, cells, hidden);
    }

    CensusFormatException error(String problem) {
        return error(row == 0 ? Location.sheet(sheet) : Location.row(sheet, row), problem);
    }

    CensusFormatException error(int column, String problem) {
        return error(Location.cell(sheet, row, column), problem);
    }

    private CensusFormatException error(Location where, String problem) {
        return new CensusFormatException(source, where, problem);
    }
}
