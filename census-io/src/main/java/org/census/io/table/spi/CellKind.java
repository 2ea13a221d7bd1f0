package org.census.io.table.spi;

/** What kind of value a spreadsheet stored in a cell. A CSV file stores only {@link #TEXT}. */
public enum CellKind {
    TEXT, NUMBER, DATE, BOOLEAN, ERROR
}
