package org.census.io.table;

import org.census.CensusException;
import org.census.io.table.spi.CellKind;
import org.census.io.table.spi.CellRange;
import org.census.io.table.spi.SheetBook;
import org.census.io.table.spi.SheetCell;
import org.census.io.table.spi.SheetRow;
import org.census.io.table.spi.SheetVisitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory spreadsheet for the tests, as a {@link org.census.io.table.spi.SheetFormat} would hand one over. In a
 * row given as texts, "" is an empty cell, a text starting with "=" is a number cell ("=1500"), with "@" a date cell
 * ("@2012-03-22").
 */
final class MemoryBook implements SheetBook {
    private final Map<String, List<SheetRow>> rows = new LinkedHashMap<>();
    private final Map<String, List<CellRange>> merged = new LinkedHashMap<>();
    private String current;

    MemoryBook sheet(String name) {
        rows.put(name, new ArrayList<>());
        merged.put(name, new ArrayList<>());
        current = name;
        return this;
    }

    MemoryBook row(int number, String... texts) {
        List<SheetCell> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            String t = texts[i];
            if (t.isBlank()) {
                continue;
            }
            CellKind kind = t.startsWith("=") ? CellKind.NUMBER : t.startsWith("@") ? CellKind.DATE : CellKind.TEXT;
            cells.add(new SheetCell(i + 1, kind == CellKind.TEXT ? t : t.substring(1), kind));
        }
        if (!cells.isEmpty()) {
            rows.get(current).add(SheetRow.of(number, cells));
        }
        return this;
    }

    MemoryBook merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        merged.get(current).add(new CellRange(firstRow, lastRow, firstColumn, lastColumn));
        return this;
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(rows.keySet());
    }

    @Override
    public void read(String sheet, SheetVisitor visitor) {
        if (!rows.containsKey(sheet)) {
            throw new CensusException("no sheet " + sheet + "; sheets: " + sheetNames());
        }
        merged.get(sheet).forEach(visitor::merged);
        for (SheetRow r : rows.get(sheet)) {
            if (!visitor.row(r)) {
                return;
            }
        }
    }

    @Override
    public void close() {
    }
}
