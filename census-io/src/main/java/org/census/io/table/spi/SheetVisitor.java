package org.census.io.table.spi;

/** What a {@link SheetBook} hands a sheet's content to, in the sheet's order. */
public interface SheetVisitor {

    /** A merged region, before any row. The default ignores it. */
    default void merged(CellRange region) {
    }

    /**
     * One row that holds at least one non-empty cell.
     *
     * @return true to go on, false to stop reading (a dry run reads only the top of a sheet)
     */
    boolean row(SheetRow row);
}
