package org.census.io.table;

import java.util.List;
import java.util.Objects;

/**
 * What reading a sheet did: nothing is dropped silently, so every row skipped, every value kept raw and every column
 * not read is named here (the first {@link #MAX_LISTED} of each; the counts are complete).
 *
 * @param source          the file
 * @param sheet           the sheet read
 * @param mapping         the mapping applied (given, or proposed from the headers)
 * @param shape           one row per action or one per partnership
 * @param rows            data rows read (skipped ones included)
 * @param partnerships    partnerships made
 * @param actions         actions made
 * @param skipped         rows skipped, with their numbers and why
 * @param skippedRows     how many rows were skipped in all
 * @param warnings        problems worked around, each one line naming the file and the cell
 * @param warningCount    how many warnings there were in all
 * @param unmappedColumns the columns not read, each with its letter, header and why
 */
public record TableReport(String source, String sheet, TableMapping mapping, RowShape shape, long rows,
                          long partnerships, long actions, List<SkippedRow> skipped, long skippedRows,
                          List<String> warnings, long warningCount, List<String> unmappedColumns) {
    /** The most skipped rows and warnings listed; beyond, they are counted. */
    public static final int MAX_LISTED = 1_000;

    /** How the rows of a table make partnerships. */
    public enum RowShape {
        /** One row per action; rows that share a key (id, or French and partner parties) make one partnership. */
        ACTION_ROWS,
        /** One row per partnership: no column holds a field of an action. */
        PARTNERSHIP_ROWS
    }

    /**
     * Rows skipped.
     *
     * @param first  the first row
     * @param last   the last row (the same for one row)
     * @param reason why: blank, a title above the header, a totals row, a note
     */
    public record SkippedRow(int first, int last, String reason) {
        public SkippedRow {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return (first == last ? "row " + first : "rows " + first + "-" + last) + ": " + reason;
        }
    }

    public TableReport {
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
        unmappedColumns = List.copyOf(unmappedColumns);
    }
}
