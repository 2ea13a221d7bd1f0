package org.census.io.xlsx;

import org.census.io.internal.CellText;
import org.census.io.xlsx.internal.ExcelDateSystem;
import org.census.io.xlsx.internal.NumberText;
import org.census.io.xlsx.internal.SpreadsheetMlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.xml.stream.XMLStreamException;

import org.census.CensusFormatException;
import org.census.CensusLimits;
import org.census.Location;
import org.census.internal.Messages;

import static org.census.io.xlsx.internal.SpreadsheetMlReader.C;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.END;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.END_DOCUMENT;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.F;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.IS;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.PHONETIC_RUN;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.R;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.ROW;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.SHEET_DATA;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.START;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.T;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.TEXT;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.V;

/**
 * Reads a worksheet part row by row ({@link SpreadsheetMlReader}), holding one row: the values as the XML has them, with their type.
 * Empty rows are skipped however many there are; a cell longer than a spreadsheet allows is refused as soon as it
 * passes the limit.
 */
final class SheetCursor implements AutoCloseable {
    /** Excel's last column, XFD. */
    private static final int MAX_COLUMNS = 16_384;

    enum Type { BLANK, TEXT, NUMBER, BOOLEAN, ERROR, DATE_ISO }

    private final InputStream in;
    private final SpreadsheetMlReader xml;
    private final String source;
    private final String sheet;
    private final SharedStrings strings;
    private final ExcelDateSystem dates;
    private String[] values = new String[32];
    private Type[] types = new Type[32];
    private int width;
    private int row;
    private boolean ended;
    private final StringBuilder text = new StringBuilder();
    private String firstChunk;
    /** The columns whose cells are read; the others are skipped unread. All when null. */
    private BitSet wanted;
    /** Whether a skipped cell of the current row holds a value. */
    private boolean skippedValue;
    /** Where formulas without a computed value are reported; none when null. */
    private UncomputedFormulas uncomputed;

    SheetCursor(InputStream in, String source, String sheet, SharedStrings strings,
                ExcelDateSystem dates) {
        this.in = in;
        this.source = source;
        this.sheet = sheet;
        this.strings = strings;
        this.dates = dates;
        try {
            this.xml = SpreadsheetMlReader.open(in, source, Location.sheet(sheet));
        } catch (IOException e) {
            throw error("cannot read the sheet: " + Messages.cut(Messages.firstLine(e), 200));
        }
    }

    String sheet() {
        return sheet;
    }

    /** Reports here the formula cells read that hold no computed value (they are read blank). */
    SheetCursor reportingUncomputed(UncomputedFormulas formulas) {
        this.uncomputed = formulas;
        return this;
    }

    /** The 1-based number of the current row. */
    int rowNumber() {
        return row;
    }

    /** Where a cell of the current row is ({@code Actions!C12}); columns count from 0 here, from 1 in a location. */
    Location at(int column) {
        return Location.cell(sheet, row, column + 1);
    }

    CensusFormatException error(int column, String problem) {
        return error(column, row, problem);
    }

    /** An error in a cell of a row read earlier. */
    CensusFormatException error(int column, int row, String problem) {
        return new CensusFormatException(source, Location.cell(sheet, row, column + 1), problem);
    }

    /** An error in the sheet at the current row, or in the sheet as a whole before the first row. */
    CensusFormatException error(String problem) {
        return new CensusFormatException(source, row == 0 ? Location.sheet(sheet) : Location.row(sheet, row), problem);
    }

    /** Moves to the next row that has a cell with a value; false at the end of the sheet. */
    boolean next() {
        if (ended) {
            return false;
        }
        try {
            while (true) {
                int event = xml.next();
                if (event == START && xml.name() == ROW) {
                    String r = xml.attribute(R);
                    int number = r == null ? row + 1 : parseRowNumber(r);
                    readRow(number);
                    if (hasValue()) {
                        return true;
                    }
                } else if (event == END && xml.name() == SHEET_DATA || event == END_DOCUMENT) {
                    break;
                }
            }
            // The rest of the part is read unparsed, so that its checksum is checked (at its end) whatever it holds.
            in.transferTo(OutputStream.nullOutputStream());
        } catch (XMLStreamException e) {
            throw error("broken sheet XML: " + Messages.cut(Messages.firstLine(e), 200));
        } catch (IOException e) {
            throw error("cannot read the sheet: " + Messages.cut(Messages.firstLine(e), 200));
        }
        ended = true;
        return false;
    }

    private int parseRowNumber(String r) {
        try {
            int n = Integer.parseInt(r);
            if (n < 1 || n > 1_048_576) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw error("row number \"" + CellText.shorten(r) + "\" is not one of 1 to 1048576");
        }
    }

    private boolean hasValue() {
        if (skippedValue) {
            return true;
        }
        for (int c = 0; c < width; c++) {
            if (types[c] != Type.BLANK && !values[c].isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private void readRow(int number) throws XMLStreamException, IOException {
        row = number;
        Arrays.fill(types, 0, width, Type.BLANK);
        Arrays.fill(values, 0, width, "");
        width = 0;
        skippedValue = false;
        int column = -1;
        while (true) {
            int event = xml.next();
            if (event == START && xml.name() == C) {
                String ref = xml.attribute(R);
                column = ref == null ? column + 1 : columnOf(ref);
                if (wanted == null || wanted.get(column)) {
                    readCell(column, xml.attribute(T));
                } else {
                    skipCell(column);
                }
            } else if (event == END && xml.name() == ROW || event == END_DOCUMENT) {
                return;
            }
        }
    }

    private int columnOf(String ref) {
        int c = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
            if (c > MAX_COLUMNS) {
                break;
            }
        }
        if (c < 1 || c > MAX_COLUMNS) {
            throw error("cell reference \"" + CellText.shorten(ref) + "\" is outside the columns A to XFD");
        }
        return c - 1;
    }

    /**
     * Passes over a cell's element without decoding its content; one with characters in a value or text element
     * keeps its row from being empty (a formula alone, {@code <f>..</f><v/>}, does not).
     */
    private void skipCell(int column) throws XMLStreamException, IOException {
        boolean inValue = false;
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == START) {
                depth++;
                inValue = xml.name() == V || xml.name() == T;
            } else if (event == TEXT) {
                skippedValue |= inValue;
            } else if (event == END) {
                inValue = false;
                depth--;
            } else if (event == END_DOCUMENT) {
                throw error(column, "the sheet ends inside a cell");
            }
        }
    }

    /**
     * From the next row on, reads only these columns: a reader that ignores some columns (the derived ones) spares
     * the decoding of their cells.
     */
    void onlyColumns(BitSet columns) {
        wanted = (BitSet) columns.clone();
    }

    private void readCell(int column, String t) throws XMLStreamException, IOException {
        String value = null;
        String formula = null;
        boolean inline = false;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == START) {
                depth++;
                int name = xml.name();
                if (name == F) {
                    clearText();
                    collectText(column, "f");
                    formula = collectedText();
                    depth--;
                } else if (name == V) {
                    value = elementText(column);
                    depth--;
                } else if (name == IS) {
                    inline = true;
                    value = inlineText(column);
                    depth--;
                }
            } else if (event == END) {
                depth--;
            } else if (event == END_DOCUMENT) {
                throw error(column, "the sheet ends inside a cell");
            }
        }
        boolean computedText = "str".equals(t) || "inlineStr".equals(t) || inline;
        if (formula != null && (value == null || value.isEmpty() && !computedText)) {
            // openpyxl writes <f>..</f><v></v>: an empty number that must not become 0.
            if (uncomputed != null) {
                uncomputed.add(at(column), formula);
            }
            return;
        }
        if (value == null) {
            return;
        }
        Type type;
        if (inline || "inlineStr".equals(t) || "str".equals(t)) {
            type = Type.TEXT;
        } else if ("s".equals(t)) {
            type = Type.TEXT;
            value = sharedString(column, value);
        } else if ("b".equals(t)) {
            type = Type.BOOLEAN;
        } else if ("e".equals(t)) {
            type = Type.ERROR;
        } else if ("d".equals(t)) {
            type = Type.DATE_ISO;
        } else {
            type = Type.NUMBER;
        }
        put(column, type, value);
    }

    private String sharedString(int column, String index) {
        try {
            int i = Integer.parseInt(index.strip());
            // Raw, with its _xHHHH_ escapes, as an inline string's value is: decoded once, like one.
            return strings.get(i).orElseThrow(() -> error(column, String.format(Locale.ROOT, "shared string %,d "
                    + "does not exist (the workbook has %,d)", i, strings.count())));
        } catch (NumberFormatException e) {
            throw error(column, "shared string index \"" + CellText.shorten(index) + "\" is not a number");
        }
    }

    private void put(int column, Type type, String value) {
        if (column >= values.length) {
            int size = Math.max(column + 1, values.length * 2);
            values = Arrays.copyOf(values, size);
            types = Arrays.copyOf(types, size);
            for (int c = width; c < size; c++) {
                values[c] = values[c] == null ? "" : values[c];
                types[c] = types[c] == null ? Type.BLANK : types[c];
            }
        }
        for (int c = width; c < column; c++) {
            values[c] = "";
            types[c] = Type.BLANK;
        }
        values[column] = value;
        types[column] = type;
        width = Math.max(width, column + 1);
    }

    /** The text of the current element, bounded. */
    private String elementText(int column) throws XMLStreamException, IOException {
        clearText();
        collectText(column, "v");
        return collectedText();
    }

    /** The text of an inline string: its {@code t} elements, rich-text runs joined, phonetic runs left out. */
    private String inlineText(int column) throws XMLStreamException, IOException {
        clearText();
        int depth = 1;
        boolean phonetic = false;
        while (depth > 0) {
            int event = xml.next();
            if (event == START) {
                depth++;
                if (xml.name() == PHONETIC_RUN) {
                    phonetic = true;
                } else if (xml.name() == T && !phonetic) {
                    collectText(column, "t");
                    depth--;
                }
            } else if (event == END) {
                depth--;
                if (xml.name() == PHONETIC_RUN) {
                    phonetic = false;
                }
            } else if (event == END_DOCUMENT) {
                throw error(column, "the sheet ends inside a cell");
            }
        }
        return collectedText();
    }

    private void clearText() {
        text.setLength(0);
        firstChunk = null;
    }

    /** Most cells are one chunk of characters: that chunk becomes the value with no copy through the builder. */
    private void addChunk(String chunk) {
        if (firstChunk == null && text.length() == 0) {
            firstChunk = chunk;
            return;
        }
        if (firstChunk != null) {
            text.append(firstChunk);
            firstChunk = null;
        }
        text.append(chunk);
    }

    private String collectedText() {
        return firstChunk != null ? firstChunk : text.isEmpty() ? "" : text.toString();
    }

    /** The element's characters, to its end (the reader checks that the end is the element's). */
    private void collectText(int column, String element) throws XMLStreamException, IOException {
        while (true) {
            int event = xml.next();
            if (event == TEXT) {
                String chunk = chunk(column);
                int length = firstChunk != null ? firstChunk.length() : text.length();
                // Bounded before its escapes are decoded; the decoded text is held to the census's limit where it
                // is read.
                if (length + chunk.length() > CellText.MAX_CELL_CONTENT) {
                    throw error(column, "a cell of more than " + CellText.MAX_CELL_LENGTH
                            + " characters, the most a spreadsheet cell holds");
                }
                addChunk(chunk);
            } else if (event == END) {
                return;
            } else if (event == START) {
                throw error(column, "unexpected <" + xml.nameText() + "> inside <" + element + ">");
            } else if (event == END_DOCUMENT) {
                throw error(column, "the sheet ends inside a cell");
            }
        }
    }

    /** The characters of the text event, or the one-line error of the cell that holds them. */
    private String chunk(int column) {
        try {
            return xml.text();
        } catch (XMLStreamException e) {
            throw error(column, "broken sheet XML: " + Messages.cut(Messages.firstLine(e), 200));
        }
    }

    // Typed access to the current row.

    int width() {
        return width;
    }

    Type type(int column) {
        return column < width ? types[column] : Type.BLANK;
    }

    String raw(int column) {
        return column < width ? values[column] : "";
    }

    boolean isBlank(int column) {
        return type(column) == Type.BLANK || raw(column).isEmpty();
    }

    /**
     * The cell as one census text, within {@link CensusLimits#MAX_TEXT_LENGTH}: a number as written, a text with its
     * escapes and formula-quote undone.
     */
    String text(int column) {
        String text = content(column);
        CensusLimits.textProblem(text).ifPresent(p -> {
            throw error(column, p);
        });
        return text;
    }

    /**
     * The cell as a list of census texts, one a line ({@link CellText#splitList}), within the limits of a list that
     * fills one cell.
     */
    List<String> list(int column) {
        List<String> list = CellText.splitList(content(column));
        CensusLimits.listProblem(list).ifPresent(p -> {
            throw error(column, p);
        });
        return list;
    }

    /** The cell's content as {@link #list} reads it, before it is split. */
    String listText(int column) {
        list(column);
        return content(column);
    }

    /** The cell's content as a census text, however long. */
    private String content(int column) {
        return switch (type(column)) {
            case BLANK -> "";
            case TEXT -> CellText.fromCell(raw(column));
            case NUMBER -> NumberText.asTyped(raw(column));
            case BOOLEAN -> CellText.ofBoolean("1".equals(raw(column)));
            case ERROR -> throw error(column, "the cell holds the error " + raw(column) + ", not a value");
            case DATE_ISO -> raw(column);
        };
    }

    /** The cell as a number exactly as written; a text cell is read with French or English separators. */
    Optional<BigDecimal> decimal(int column) {
        if (isBlank(column)) {
            return Optional.empty();
        }
        String v = type(column) == Type.TEXT ? CellText.fromCell(raw(column)) : raw(column);
        Optional<BigDecimal> d = NumberText.parse(v);
        if (d.isEmpty() || type(column) == Type.BOOLEAN || type(column) == Type.ERROR) {
            throw error(column, "expected a number, found \"" + CellText.shorten(v) + "\"");
        }
        return d;
    }

    /**
     * The cell as a date: a date cell (a serial number, in the workbook's date system), an ISO date, or a text such as
     * 17/05/2013.
     */
    Optional<LocalDate> date(int column) {
        if (isBlank(column)) {
            return Optional.empty();
        }
        String v = raw(column).strip();
        Optional<LocalDate> d = switch (type(column)) {
            case NUMBER -> serial(v);
            case DATE_ISO -> NumberText.isoDate(v);
            case TEXT -> NumberText.date(CellText.fromCell(v));
            default -> Optional.empty();
        };
        return Optional.of(d.orElseThrow(() -> error(column, "expected a date such as 17/05/2013, found \""
                + CellText.shorten(content(column)) + "\"")));
    }

    private Optional<LocalDate> serial(String v) {
        try {
            return dates.date(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The cell as yes or no: a boolean cell, or a text such as oui, non, vrai, faux. */
    boolean flag(int column) {
        if (isBlank(column)) {
            return false;
        }
        String v = type(column) == Type.BOOLEAN || type(column) == Type.NUMBER ? raw(column).strip()
                : CellText.fromCell(raw(column)).strip().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "1", "true", "vrai", "oui", "x" -> true;
            case "0", "false", "faux", "non" -> false;
            default -> throw error(column, "expected oui or non, found \"" + CellText.shorten(v) + "\"");
        };
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // Nothing more can be done about a zip entry stream that fails to close.
        }
    }
}
