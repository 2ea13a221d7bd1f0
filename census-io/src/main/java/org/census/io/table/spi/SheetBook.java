package org.census.io.table.spi;

import java.util.List;

/**
 * An opened spreadsheet: its sheets, each read as a stream of rows. A CSV file is a book of one sheet named after the
 * file. Closing it removes what opening it made (temporary copies).
 */
public interface SheetBook extends AutoCloseable {

    /** The names of its sheets, in the file's order (hidden sheets included, since they hold data too). */
    List<String> sheetNames();

    /**
     * Reads one sheet from its first row: first every merged region of the sheet, then its rows that hold at least
     * one non-empty cell, in order, until the visitor asks to stop. A sheet may be read more than once.
     *
     * @throws org.census.CensusException if no sheet has that name (listing those there are), or the sheet cannot
     *                                    be read (naming the place)
     */
    void read(String sheet, SheetVisitor visitor);

    @Override
    void close();
}
