package org.census.io.sheets;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.census.CensusFormatException;
import org.census.Location;
import org.census.io.internal.CellText;
import org.census.io.table.spi.CellKind;
import org.census.io.table.spi.CellRange;
import org.census.io.table.spi.SheetLimits;
import org.census.io.table.spi.SheetRow;
import org.census.io.table.spi.SheetVisitor;

/**
 * One table of an ods file's content.xml read for a {@link SheetVisitor}, in two passes over the part: the merged
 * regions (cells spanning others), then the rows. A row or cell repeated {@code n} times is read once: empty, it only
 * moves the count on; with a value, it is handed over {@code n} times, within {@link SheetLimits#MAX_REPEATED_CELLS}.
 */
final class OdsSheetReader {
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";
    private static final String TABLE = OdsSheetBook.TABLE;

    private final OdsSheetBook book;
    private final String source;
    private final String sheet;
    private final int index;
    private final RowCells cells;
    private final StringBuilder text = new StringBuilder();
    private long repeated;
    private int merged;

    OdsSheetReader(OdsSheetBook book, String source, String sheet, int index) {
        this.book = book;
        this.source = source;
        this.sheet = sheet;
        this.index = index;
        this.cells = new RowCells(source, sheet);
    }

    /** A cell of a row as written once: its value (null if empty), its span, how many times it repeats. */
    private record Cell(long column, String text, CellKind kind, int repeat, int columnsSpanned, int rowsSpanned) {
    }

    /** A row as written once. */
    private record Row(long number, int repeat, boolean hidden, List<Cell> cells, boolean hasValue) {
    }

    private interface RowHandler {
        /** False to stop reading. */
        boolean row(Row row);
    }

    void read(SheetVisitor visitor) {
        book.pass(xml -> table(xml, row -> merges(row, visitor)));
        repeated = 0;
        book.pass(xml -> table(xml, row -> rows(row, visitor)));
    }

    /** Finds the table, then hands each of its rows to {@code handler}, nested in groups or not. */
    private void table(XMLStreamReader xml, RowHandler handler) throws XMLStreamException {
        int depth = 0;
        int tables = 0;
        int tableDepth = -1;
        long next = 1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth-- == tableDepth) {
                    return;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            if (tableDepth < 0) {
                if ("table".equals(xml.getLocalName()) && TABLE.equals(xml.getNamespaceURI())) {
                    if (tables++ == index) {
                        tableDepth = depth;
                    } else {
                        skip(xml);
                        depth--;
                    }
                }
            } else if ("table-row".equals(xml.getLocalName()) && TABLE.equals(xml.getNamespaceURI())) {
                Row row = row(xml, next);
                depth--;
                next += row.repeat();
                if (!handler.row(row)) {
                    return;
                }
            }
        }
    }

    /** Passes over the element just started, to its end. */
    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private Row row(XMLStreamReader xml, long number) throws XMLStreamException {
        int repeat = count(xml, "number-rows-repeated", number, 0);
        String visibility = xml.getAttributeValue(TABLE, "visibility");
        boolean hidden = "collapse".equals(visibility) || "filter".equals(visibility);
        List<Cell> found = new ArrayList<>();
        boolean hasValue = false;
        long column = 1;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "table-row".equals(xml.getLocalName())) {
                return new Row(number, repeat, hidden, found, hasValue);
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            boolean covered = "covered-table-cell".equals(xml.getLocalName());
            if (!TABLE.equals(xml.getNamespaceURI()) || !covered && !"table-cell".equals(xml.getLocalName())) {
                skip(xml);
                continue;
            }
            Cell cell = cell(xml, number, column, covered);
            column += cell.repeat();
            if (cell.text() != null || cell.columnsSpanned() > 1 || cell.rowsSpanned() > 1) {
                found.add(cell);
                hasValue |= cell.text() != null;
            }
        }
    }

    /** A repetition or span count: at least 1, and an int, since a few bytes may say two billion. */
    private int count(XMLStreamReader xml, String attribute, long row, long column) {
        String v = xml.getAttributeValue(TABLE, attribute);
        if (v == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Said below.
        }
        throw error(row, column, "table:" + attribute + "=\"" + CellText.shorten(v) + "\" is not a count from 1");
    }

    private Cell cell(XMLStreamReader xml, long row, long column, boolean covered) throws XMLStreamException {
        int repeat = count(xml, "number-columns-repeated", row, column);
        int columns = covered ? 1 : count(xml, "number-columns-spanned", row, column);
        int rows = covered ? 1 : count(xml, "number-rows-spanned", row, column);
        String type = xml.getAttributeValue(OFFICE, "value-type");
        String calc = xml.getAttributeValue(CALCEXT, "value-type");
        String formula = xml.getAttributeValue(TABLE, "formula");
        String value = xml.getAttributeValue(OFFICE, "value");
        String date = xml.getAttributeValue(OFFICE, "date-value");
        String bool = xml.getAttributeValue(OFFICE, "boolean-value");
        String string = xml.getAttributeValue(OFFICE, "string-value");
        String paragraphs = paragraphs(xml, row, column);
        if (covered) {
            // Its value, if any, is hidden under the merged region's: the region's is in its first cell.
            return new Cell(column, null, CellKind.TEXT, repeat, 1, 1);
        }
        String text = null;
        CellKind kind = CellKind.TEXT;
        if ("error".equals(calc)) {
            text = paragraphs.isBlank() ? "#N/A" : paragraphs;
            kind = CellKind.ERROR;
        } else if (type == null) {
            text = formula != null ? "#N/A" : paragraphs.isEmpty() ? null : paragraphs;
            kind = formula != null ? CellKind.ERROR : CellKind.TEXT;
        } else {
            switch (type) {
                case "float", "percentage", "currency" -> {
                    text = CellValues.number(value == null ? "" : value).orElseThrow(() -> error(row, column,
                            "office:value=\"" + CellText.shorten(String.valueOf(value)) + "\" is not a number"));
                    kind = CellKind.NUMBER;
                }
                case "date" -> {
                    text = date(date, row, column);
                    kind = CellKind.DATE;
                }
                case "boolean" -> {
                    text = "true".equals(bool) || "1".equals(bool) ? "TRUE" : "FALSE";
                    kind = CellKind.BOOLEAN;
                }
                default -> text = string != null ? string : paragraphs;
            }
        }
        return new Cell(column, text == null || text.isBlank() ? null : text, kind, repeat, columns, rows);
    }

    /** An ISO date or date and time, to the second. */
    private String date(String v, long row, long column) {
        String d = v == null ? "" : v.strip();
        try {
            LocalDateTime at = d.length() <= 10 ? LocalDate.parse(d).atStartOfDay() : LocalDateTime.parse(d);
            return CellValues.dateTime(at.truncatedTo(ChronoUnit.SECONDS));
        } catch (DateTimeParseException e) {
            throw error(row, column, "office:date-value=\"" + CellText.shorten(d) + "\" is not an ISO date");
        }
    }

    /**
     * The cell's paragraphs joined by line breaks, with their spaces ({@code text:s}), tabs and line breaks; what is
     * not the cell's text (its comment, a drawing) left out. Reads to the end of the cell.
     */
    private String paragraphs(XMLStreamReader xml, long row, long column) throws XMLStreamException {
        text.setLength(0);
        int paragraphs = 0;
        int inParagraph = 0;
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                boolean inText = TEXT.equals(xml.getNamespaceURI());
                if (inParagraph == 0 && depth == 2 && inText && ("p".equals(name) || "h".equals(name))) {
                    if (paragraphs++ > 0) {
                        append("\n", row, column);
                    }
                    inParagraph = depth;
                } else if (inParagraph > 0 && inText && "s".equals(name)) {
                    String c = xml.getAttributeValue(TEXT, "c");
                    int spaces = 1;
                    try {
                        spaces = c == null ? 1 : Integer.parseInt(c.strip());
                    } catch (NumberFormatException e) {
                        spaces = SheetLimits.MAX_CELL_LENGTH + 1;
                    }
                    append(" ".repeat(Math.max(1, Math.min(spaces, SheetLimits.MAX_CELL_LENGTH + 1))), row,
                            column);
                } else if (inParagraph > 0 && inText && "tab".equals(name)) {
                    append("\t", row, column);
                } else if (inParagraph > 0 && inText && "line-break".equals(name)) {
                    append("\n", row, column);
                } else if ("annotation".equals(name) || inParagraph == 0 || inText && "note".equals(name)) {
                    // A comment, a footnote, a drawing: not the cell's text.
                    skip(xml);
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth-- == inParagraph) {
                    inParagraph = 0;
                }
            } else if (inParagraph > 0 && (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
                if (text.length() + xml.getTextLength() > SheetLimits.MAX_CELL_LENGTH) {
                    throw tooLong(row, column);
                }
                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw error(row, column, "content.xml ends inside a cell");
            }
        }
        return text.toString();
    }

    private void append(String s, long row, long column) {
        if (text.length() + s.length() > SheetLimits.MAX_CELL_LENGTH) {
            throw tooLong(row, column);
        }
        text.append(s);
    }

    private CensusFormatException tooLong(long row, long column) {
        return error(row, column, String.format(Locale.ROOT, "a cell of more than %,d characters, the most a "
                + "spreadsheet cell holds", SheetLimits.MAX_CELL_LENGTH));
    }

    private boolean merges(Row row, SheetVisitor visitor) {
        for (Cell c : row.cells()) {
            if (c.columnsSpanned() == 1 && c.rowsSpanned() == 1) {
                continue;
            }
            for (int r = 0; r < row.repeat(); r++) {
                for (int k = 0; k < c.repeat(); k++) {
                    long first = row.number() + r;
                    long column = c.column() + k;
                    if (++merged > SheetLimits.MAX_MERGED_REGIONS) {
                        throw new CensusFormatException(source, Location.sheet(sheet), String.format(Locale.ROOT,
                                "more than %,d merged regions, the most a sheet may have here",
                                SheetLimits.MAX_MERGED_REGIONS));
                    }
                    requireWithin(first, column + c.columnsSpanned() - 1);
                    visitor.merged(new CellRange((int) first, (int) Math.min(first + c.rowsSpanned() - 1,
                            SheetLimits.MAX_ROW_NUMBER), (int) column, (int) (column + c.columnsSpanned() - 1)));
                }
            }
        }
        return true;
    }

    private boolean rows(Row row, SheetVisitor visitor) {
        if (!row.hasValue()) {
            return true;
        }
        long values = row.cells().stream().filter(c -> c.text() != null).mapToLong(Cell::repeat).sum();
        repeated += values * row.repeat() - row.cells().stream().filter(c -> c.text() != null).count();
        if (repeated > SheetLimits.MAX_REPEATED_CELLS) {
            throw error(row.number(), 0, String.format(Locale.ROOT, "repeated rows or cells that add more than "
                    + "%,d cells to the sheet, the most read here", SheetLimits.MAX_REPEATED_CELLS));
        }
        for (int r = 0; r < row.repeat(); r++) {
            long number = row.number() + r;
            requireWithin(number, 1);
            cells.start((int) number);
            for (Cell c : row.cells()) {
                if (c.text() == null) {
                    continue;
                }
                requireWithin(number, c.column() + c.repeat() - 1);
                for (int k = 0; k < c.repeat(); k++) {
                    cells.add((int) c.column() + k, c.text(), c.kind());
                }
            }
            SheetRow sheetRow = cells.finish(row.hidden());
            if (sheetRow != null && !visitor.row(sheetRow)) {
                return false;
            }
        }
        return true;
    }

    /** A value or a merged region in a row or column past a spreadsheet's last is refused. */
    private void requireWithin(long row, long column) {
        if (row > SheetLimits.MAX_ROW_NUMBER) {
            throw new CensusFormatException(source, Location.sheet(sheet), String.format(Locale.ROOT, "a value or "
                    + "merged region in row %,d, past row %,d, the last of a spreadsheet", row,
                    SheetLimits.MAX_ROW_NUMBER));
        }
        if (column > SheetLimits.MAX_COLUMNS) {
            throw new CensusFormatException(source, Location.row(sheet, (int) row), String.format(Locale.ROOT,
                    "a value or merged region in column %,d, beyond XFD (%,d), the last column of a spreadsheet",
                    column, SheetLimits.MAX_COLUMNS));
        }
    }

    private CensusFormatException error(long row, long column, String problem) {
        Location where = row > SheetLimits.MAX_ROW_NUMBER ? Location.sheet(sheet)
                : column < 1 || column > SheetLimits.MAX_COLUMNS ? Location.row(sheet, (int) row)
                : Location.cell(sheet, (int) row, (int) column);
        return new CensusFormatException(source, where, problem);
    }
}
