package org.census.io.xlsx;

import org.census.io.internal.CellText;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.BorderSide;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Worksheet;

import org.census.io.xlsx.TablesLayout.Column;
import org.census.io.xlsx.TablesLayout.Kind;

/**
 * Writes the rows of one sheet of the tables layout through fastexcel, flushing as it goes so that memory does not
 * grow with the rows: typed cells, a styled and frozen header row, column widths, an autofilter over the data.
 */
final class SheetWriter {
    static final String DATE_FORMAT = "dd/mm/yyyy";
    /** Whole euros with the French thousands separator and the euro sign after the amount, in any locale. */
    static final String EURO_FORMAT = "#,##0 [$€-40C];-#,##0 [$€-40C]";
    private static final int FLUSH_EVERY = 2_000;

    private final Worksheet ws;
    private final List<Column> columns;
    private final String sheet;
    private int row;
    private int lines;
    /** The first row not yet formatted and flushed. */
    private int blockStart = 1;

    SheetWriter(Worksheet ws, List<Column> columns) {
        this.ws = ws;
        this.columns = columns;
        this.sheet = ws.getName();
        for (int c = 0; c < columns.size(); c++) {
            ws.width(c, columns.get(c).width());
            ws.inlineString(0, c, columns.get(c).header());
        }
        ws.range(0, 0, 0, columns.size() - 1).style().bold().fillColor("DDEBF7").wrapText(true)
                .verticalAlignment("top").borderStyle(BorderSide.BOTTOM, BorderStyle.THIN).set();
        ws.rowHeight(0, 45);
        ws.freezePane(1, 1);
        row = 1;
    }

    /** Writes the next row: one value per column (String, List of String, LocalDate, BigDecimal, Number, Boolean,
     * or null for an empty cell). */
    void row(Object[] values) throws IOException {
        lines = 1;
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) {
                continue;
            }
            Kind kind = columns.get(c).kind();
            if (v instanceof String s) {
                text(c, s);
            } else if (v instanceof List<?> list) {
                @SuppressWarnings("unchecked")
                List<String> items = (List<String>) list;
                text(c, CellText.joinList(items));
            } else if (v instanceof Euro e) {
                ws.value(row, c, e.amount());
                ws.style(row, c).format(EURO_FORMAT).set();
            } else if (v instanceof LocalDate d) {
                ws.value(row, c, d);
                if (kind != Kind.DATE) {
                    ws.style(row, c).format(DATE_FORMAT).set();
                }
            } else if (v instanceof BigDecimal n) {
                ws.value(row, c, n);
            } else if (v instanceof Number n) {
                ws.value(row, c, n);
            } else if (v instanceof Boolean b) {
                ws.value(row, c, b);
            } else {
                throw new IllegalArgumentException(v.getClass().getName());
            }
        }
        if (lines > 1) {
            // Spreadsheets do not all grow a row to its wrapped text on opening: the height is set.
            ws.rowHeight(row, Math.min(409, 15.0 * lines));
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            flush();
        }
    }

    /** An amount in euros in a column that is not all euros. */
    record Euro(BigDecimal amount) {
    }

    private void text(int c, String s) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        int at = c;
        ws.inlineString(row, c, CellText.toCell(s, () -> where(at)));
        if (s.indexOf('\n') >= 0) {
            lines = Math.max(lines, (int) s.chars().filter(ch -> ch == '\n').count() + 1);
            // Several lines (a list, a paragraph): wrapped, so that the row grows to show them.
            ws.style(row, c).wrapText(true).verticalAlignment("top").set();
        }
    }

    private String where(int c) {
        return sheet + "!" + columnName(c) + (row + 1);
    }

    /** "A", "B", ..., "AA". */
    static String columnName(int c) {
        StringBuilder s = new StringBuilder();
        for (int n = c + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    /**
     * Formats the date and euro columns of the rows written since the last flush, then writes them out. One style
     * for a block of a column costs one style lookup, where a style per cell cost one per cell.
     */
    private void flush() throws IOException {
        if (row > blockStart) {
            for (int c = 0; c < columns.size(); c++) {
                Kind kind = columns.get(c).kind();
                if (kind == Kind.DATE) {
                    ws.range(blockStart, c, row - 1, c).style().format(DATE_FORMAT).set();
                } else if (kind == Kind.EURO) {
                    ws.range(blockStart, c, row - 1, c).style().format(EURO_FORMAT).set();
                }
            }
        }
        blockStart = row;
        ws.flush();
    }

    /** Sets the autofilter over the rows written and writes the sheet out. */
    void finish() throws IOException {
        flush();
        ws.setAutoFilter(0, 0, Math.max(row - 1, 1), columns.size() - 1);
        ws.finish();
    }

    int rows() {
        return row - 1;
    }
}
