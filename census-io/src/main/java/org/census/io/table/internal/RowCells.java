package org.census.io.table.internal;

import org.census.io.table.TableField;
import org.census.io.table.spi.CellKind;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The cells of one data row that the mapping reads, by field, after merged cells and fill-down. */
final class RowCells {
    /**
     * One field's cell.
     *
     * @param text     its text (several columns' texts joined, one line each)
     * @param kind     what the file stored
     * @param column   its column (the first, for joined texts)
     * @param row      its row (an earlier row's for a cell filled down)
     * @param currency the currency of an amount, if the mapping gives one
     */
    record Cell(String text, CellKind kind, int column, int row, Optional<String> currency) {
    }

    private final int row;
    private final Map<TableField, Cell> cells = new EnumMap<>(TableField.class);

    RowCells(int row) {
        this.row = row;
    }

    int row() {
        return row;
    }

    Optional<Cell> get(TableField field) {
        return Optional.ofNullable(cells.get(field));
    }

    String text(TableField field) {
        Cell c = cells.get(field);
        return c == null ? "" : c.text();
    }

    boolean has(TableField field) {
        return cells.containsKey(field);
    }

    void put(TableField field, Cell cell) {
        cells.put(field, cell);
    }

    Map<TableField, Cell> cells() {
        return cells;
    }

    boolean isEmpty() {
        return cells.isEmpty();
    }

    /** Characters held, to bound the rows kept in memory. */
    long characters() {
        long n = 0;
        for (Cell c : cells.values()) {
            n += c.text().length() + 16;
        }
        return n;
    }
}
