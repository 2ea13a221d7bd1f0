package org.census.io.table.spi;

/**
 * What a spreadsheet read by the {@code table} format may hold, the same for every {@link SheetFormat}: a file past
 * one of these is refused with an error naming the file and the place, before the reader's memory grows with it.
 * Rows are not counted: they stream.
 */
public final class SheetLimits {
    /** Columns in a row: Excel's own limit (XFD). A wider row is refused. */
    public static final int MAX_COLUMNS = 16_384;

    /** Characters in one cell: Excel's own limit, and the census model's for a text. */
    public static final int MAX_CELL_LENGTH = 32_767;

    /**
     * Characters in one row, all its cells together: a CSV "line" of a gigabyte without a line break is refused
     * here, having been read only this far.
     */
    public static final int MAX_ROW_CHARACTERS = 1_000_000;

    /** The last row a spreadsheet numbers (Excel's, and LibreOffice's): a value in a row past it is refused. */
    public static final int MAX_ROW_NUMBER = 1_048_576;

    /**
     * Non-empty cells that a sheet's repetitions may add, for a format that writes a run of equal cells or rows once
     * with a count (an ods {@code number-columns-repeated}, {@code number-rows-repeated}): a few bytes that repeat a
     * value two billion times are refused here. Empty repetitions (LibreOffice ends a sheet with an empty row
     * repeated a million times) cost nothing and are not counted.
     */
    public static final long MAX_REPEATED_CELLS = 10_000_000;

    /** Merged regions in one sheet. */
    public static final int MAX_MERGED_REGIONS = 100_000;

    /** Sheets in one workbook. */
    public static final int MAX_SHEETS = 1_000;

    /**
     * Bytes looked at to recognise a file's format: an xlsx and an ods are both zips, told apart by the ods's first
     * entry, {@code mimetype}, stored unpacked (its content ends at byte 84; a longer extra field moves it further).
     */
    public static final int SNIFF_BYTES = 512;

    private SheetLimits() {
    }
}
