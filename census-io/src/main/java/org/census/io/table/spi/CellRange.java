package org.census.io.table.spi;

/**
 * A rectangle of cells, rows and columns from 1, bounds included: a merged region whose value is in its top-left
 * cell.
 */
public record CellRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    public CellRange {
        if (firstRow < 1 || firstColumn < 1 || lastRow < firstRow || lastColumn < firstColumn) {
            throw new IllegalArgumentException("not a range of cells: rows " + firstRow + ".." + lastRow
                    + ", columns " + firstColumn + ".." + lastColumn);
        }
    }

    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
}
