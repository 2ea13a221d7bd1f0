package org.census.io.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

import org.census.Location;
import org.census.CensusException;
import org.census.io.internal.CellText;
import org.census.io.xlsx.internal.ExcelDateSystem;
import org.census.io.xlsx.internal.NumberText;
import org.census.io.xlsx.internal.WrappedText;
import org.census.io.xlsx.TablesLayout.Column;
import org.census.io.xlsx.TablesLayout.Kind;

/**
 * Writes the rows of one sheet of the tables layout, the {@code <sheetData>} content, as they come: typed cells,
 * the header row first, texts inline (a shared-string table would have to be held whole until the end). The
 * sheet's other parts are the {@link WorkbookWriter}'s.
 */
final class SheetWriter {
    static final String DATE_FORMAT = "dd/mm/yyyy";
    /** Whole euros with the French thousands separator and the euro sign after the amount, in any locale. */
    static final String EURO_FORMAT = "#,##0 [$€-40C];-#,##0 [$€-40C]";

    /** The most rows a sheet holds in Excel and LibreOffice, the header row included. */
    static final int MAX_ROWS = 1_048_576;

    private final String sheet;
    private final List<Column> columns;
    private final int maxRows;
    private final XmlBuffer xml;
    private final String[] columnNames;
    private int row;

    SheetWriter(String sheet, List<Column> columns, OutputStream out) throws IOException {
        this(sheet, columns, out, MAX_ROWS);
    }

    SheetWriter(String sheet, List<Column> columns, OutputStream out, int maxRows) throws IOException {
        this.sheet = sheet;
        this.maxRows = maxRows;
        this.columns = columns;
        this.xml = new XmlBuffer(out);
        this.columnNames = new String[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            columnNames[c] = Location.columnLetters(c + 1);
        }
        row = 1;
        xml.raw("<row r=\"1\" ht=\"45\" customHeight=\"1\">");
        for (int c = 0; c < columns.size(); c++) {
            inline(c, WorkbookWriter.HEADER_STYLE, columns.get(c).header());
        }
        xml.raw("</row>");
    }

    List<Column> columns() {
        return columns;
    }

    String name() {
        return sheet;
    }

    /** Writes the next row: one value per column (String, List of String, LocalDate, BigDecimal, Number, Boolean,
     * {@link Euro}, or null for an empty cell). */
    void row(Object[] values) throws IOException {
        if (row == maxRows) {
            throw new CensusException(sheet + ": more than " + (maxRows - 1) + " rows under the header, the most a "
                    + "spreadsheet sheet holds; write this census as JSON, or split it");
        }
        row++;
        int lines = 1;
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            // A list is one item per line, its items' own line breaks escaped.
            String text = v instanceof String s ? s : v instanceof List<?> l ? CellText.joinList(cast(l)) : null;
            if (text != null) {
                lines = Math.max(lines, WrappedText.lines(text, columns.get(c).width()));
            }
        }
        xml.raw("<row r=\"").number(row);
        if (lines > 1) {
            xml.raw("\" ht=\"").number(WrappedText.points(lines)).raw("\" customHeight=\"1");
        }
        xml.raw("\">");
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) {
                continue;
            }
            if (v instanceof String s) {
                text(c, s);
            } else if (v instanceof List<?> list) {
                text(c, CellText.joinList(cast(list)));
            } else if (v instanceof Euro e) {
                number(c, WorkbookWriter.EURO_STYLE, e.amount().toString());
            } else if (v instanceof LocalDate d) {
                date(c, d);
            } else if (v instanceof BigDecimal n && !fitsADouble(n)) {
                // A spreadsheet number is a double: 1E+400 would open as infinity. As a text it reads back exactly.
                inline(c, 0, n.toString());
            } else if (v instanceof BigDecimal n) {
                number(c, columns.get(c).kind() == Kind.EURO ? WorkbookWriter.EURO_STYLE : 0, n.toString());
            } else if (v instanceof Number n) {
                number(c, 0, n.toString());
            } else if (v instanceof Boolean b) {
                cell(c, 0, "b");
                xml.raw("<v>").raw(b ? '1' : '0').raw("</v></c>");
            } else {
                throw new IllegalArgumentException(v.getClass().getName());
            }
        }
        xml.raw("</row>");
        xml.flushIfFull();
    }

    private static boolean fitsADouble(BigDecimal n) {
        double d = n.doubleValue();
        return !Double.isInfinite(d) && (d != 0 || n.signum() == 0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> cast(Object list) {
        return (List<String>) list;
    }

    /** An amount in euros in a column that is not all euros. */
    record Euro(BigDecimal amount) {
    }

    private void text(int c, String s) {
        if (s.isEmpty()) {
            return;
        }
        // Several lines (a list, a paragraph) or more than the column shows: wrapped, so that the row grows to show
        // them, rather than cut at the column's edge (or spilling over the next, which on paper may be on another
        // page).
        boolean wrapped = s.indexOf('\n') >= 0 || s.length() > columns.get(c).width();
        inline(c, wrapped ? WorkbookWriter.WRAPPED_STYLE : 0,
                CellText.toCell(s, () -> sheet + "!" + columnNames[c] + row));
    }

    private void inline(int c, int style, String cell) {
        cell(c, style, "inlineStr");
        boolean preserve = !cell.isEmpty() && (Character.isWhitespace(cell.charAt(0))
                || Character.isWhitespace(cell.charAt(cell.length() - 1)));
        xml.raw(preserve ? "<is><t xml:space=\"preserve\">" : "<is><t>").text(cell).raw("</t></is></c>");
    }

    private void number(int c, int style, String value) {
        cell(c, style, null);
        xml.raw("<v>").raw(value).raw("</v></c>");
    }

    /**
     * A date as a serial number (of the 1900 system, which the workbook keeps) with a date format; outside the days
     * every spreadsheet counts alike, as a text: 17/05/1899, or ISO 8601 (+10000-01-01) for a year a day/month/year
     * text cannot give in four digits.
     */
    private void date(int c, LocalDate d) {
        OptionalLong serial = ExcelDateSystem.DAYS_FROM_1900.serial(d);
        if (serial.isPresent()) {
            number(c, WorkbookWriter.DATE_STYLE, Long.toString(serial.getAsLong()));
        } else if (d.getYear() < 1 || d.getYear() > 9999) {
            inline(c, 0, d.toString());
        } else {
            inline(c, 0, NumberText.dayMonthYear(d));
        }
    }

    private void cell(int c, int style, String type) {
        xml.raw("<c r=\"").raw(columnNames[c]).number(row);
        if (style != 0) {
            xml.raw("\" s=\"").number(style);
        }
        if (type != null) {
            xml.raw("\" t=\"").raw(type);
        }
        xml.raw("\">");
    }

    /** Writes out what is buffered; the stream stays open. */
    void finish() throws IOException {
        xml.flush();
    }

    /** The rows written, the header row left out. */
    int rows() {
        return row - 1;
    }
}
