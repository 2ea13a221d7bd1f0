package org.census.io.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import javax.xml.stream.XMLStreamException;

import org.census.CensusFormatException;
import org.census.Location;
import org.census.internal.Messages;
import org.census.io.internal.CellText;
import org.census.io.table.spi.CellKind;
import org.census.io.table.spi.CellRange;
import org.census.io.table.spi.SheetLimits;
import org.census.io.table.spi.SheetRow;
import org.census.io.table.spi.SheetVisitor;
import org.census.io.xlsx.XlsxPackage;
import org.census.io.xlsx.internal.SpreadsheetMlReader;

import static org.census.io.xlsx.internal.SpreadsheetMlReader.C;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.END;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.END_DOCUMENT;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.F;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.HIDDEN;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.IS;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.MERGE_CELL;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.PHONETIC_RUN;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.R;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.REF;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.ROW;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.S;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.SHEET_DATA;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.START;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.T;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.TEXT;
import static org.census.io.xlsx.internal.SpreadsheetMlReader.V;

/**
 * Reads one worksheet part of an xlsx workbook for a {@link SheetVisitor} ({@link SpreadsheetMlReader}), in two passes: the merged
 * regions, which the part lists after its rows (the rows' bytes skipped unparsed), then the rows, one held at a time.
 * Each pass is linear in the part.
 */
final class XlsxSheetReader {
    private final XlsxPackage workbook;
    private final XlsxDateStyles styles;
    private final String source;
    private final String sheet;
    private final StringBuilder text = new StringBuilder();

    XlsxSheetReader(XlsxPackage workbook, XlsxDateStyles styles, String sheet) {
        this.workbook = workbook;
        this.styles = styles;
        this.source = workbook.source();
        this.sheet = sheet;
    }

    void read(Supplier<InputStream> part, SheetVisitor visitor) {
        RowCells cells = new RowCells(source, sheet);
        // The first pass reads the part without its rows (RowsLeftOut), so that the XML of the rows is parsed once;
        // the regions are held until it ends, in case it has to read the part again whole.
        List<CellRange> regions = new ArrayList<>();
        try {
            pass(() -> new RowsLeftOut(part.get()), cells, xml -> merged(xml, regions));
        } catch (RowsLeftOut.Unsure e) {
            regions.clear();
            pass(part, cells, xml -> merged(xml, regions));
        }
        regions.forEach(visitor::merged);
        pass(part, cells, xml -> rows(xml, cells, visitor));
    }

    private interface Pass {
        void run(SpreadsheetMlReader xml) throws XMLStreamException, IOException;
    }

    private void pass(Supplier<InputStream> part, RowCells cells, Pass pass) {
        try (InputStream in = part.get()) {
            pass.run(SpreadsheetMlReader.open(in, source, Location.sheet(sheet)));
        } catch (XMLStreamException e) {
            throw cells.error("broken sheet XML: " + Messages.cut(Messages.firstLine(e), 200));
        } catch (IOException e) {
            throw cells.error("cannot read the sheet: " + Messages.cut(Messages.firstLine(e), 200));
        }
    }

    private void merged(SpreadsheetMlReader xml, List<CellRange> regions) throws XMLStreamException, IOException {
        int count = 0;
        for (int event = xml.next(); event != END_DOCUMENT; event = xml.next()) {
            if (event == START && xml.name() == MERGE_CELL) {
                if (++count > SheetLimits.MAX_MERGED_REGIONS) {
                    throw new CensusFormatException(source, Location.sheet(sheet), String.format(Locale.ROOT,
                            "more than %,d merged regions, the most a sheet may have here",
                            SheetLimits.MAX_MERGED_REGIONS));
                }
                regions.add(range(xml.attribute(REF)));
            }
        }
    }

    /** A merged region's reference, {@code A1:C2}, or a single cell. */
    private CellRange range(String ref) {
        String r = ref == null ? "" : ref.strip();
        int colon = r.indexOf(':');
        long first = cellRef(colon < 0 ? r : r.substring(0, colon));
        long last = colon < 0 ? first : cellRef(r.substring(colon + 1));
        if (first < 0 || last < 0 || (int) last < (int) first || (last >> 32) < (first >> 32)) {
            throw new CensusFormatException(source, Location.sheet(sheet), "merged region \""
                    + CellText.shorten(r) + "\" is not a range of cells such as A1:C2");
        }
        return new CellRange((int) (first >> 32), (int) (last >> 32), (int) first, (int) last);
    }

    /** A cell reference as its row in the high half and its column in the low one; -1 if it is none. */
    private static long cellRef(String ref) {
        int column = 0;
        int i = 0;
        while (i < ref.length() && isLetter(ref.charAt(i)) && column <= SheetLimits.MAX_COLUMNS) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        int row = 0;
        int digits = i;
        while (i < ref.length() && ref.charAt(i) >= '0' && ref.charAt(i) <= '9'
                && row <= SheetLimits.MAX_ROW_NUMBER) {
            row = row * 10 + ref.charAt(i) - '0';
            i++;
        }
        if (i != ref.length() || i == digits || column < 1 || column > SheetLimits.MAX_COLUMNS || row < 1
                || row > SheetLimits.MAX_ROW_NUMBER) {
            return -1;
        }
        return (long) row << 32 | column;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private void rows(SpreadsheetMlReader xml, RowCells cells, SheetVisitor visitor)
            throws XMLStreamException, IOException {
        int previous = 0;
        for (int event = xml.next(); event != END_DOCUMENT; event = xml.next()) {
            if (event == START && xml.name() == ROW) {
                String r = xml.attribute(R);
                int number = r == null ? previous + 1 : rowNumber(r, cells);
                String hidden = xml.attribute(HIDDEN);
                cells.start(number);
                previous = number;
                readRow(xml, cells);
                SheetRow row = cells.finish("1".equals(hidden) || "true".equals(hidden));
                if (row != null && !visitor.row(row)) {
                    return;
                }
            } else if (event == END && xml.name() == SHEET_DATA) {
                break;
            }
        }
    }

    private int rowNumber(String r, RowCells cells) {
        try {
            int n = Integer.parseInt(r.strip());
            if (n >= 1 && n <= SheetLimits.MAX_ROW_NUMBER) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Said below.
        }
        throw cells.error("row number \"" + CellText.shorten(r) + "\" is not one of 1 to 1048576");
    }

    private void readRow(SpreadsheetMlReader xml, RowCells cells) throws XMLStreamException, IOException {
        int column = 0;
        for (int event = xml.next(); event != END_DOCUMENT; event = xml.next()) {
            if (event == START && xml.name() == C) {
                String ref = xml.attribute(R);
                column = ref == null ? column + 1 : column(ref, cells);
                cells.requireColumn(column);
                readCell(xml, cells, column, xml.attribute(T), xml.attribute(S));
            } else if (event == END && xml.name() == ROW) {
                return;
            }
        }
    }

    private int column(String ref, RowCells cells) {
        int c = 0;
        for (int i = 0; i < ref.length() && isLetter(ref.charAt(i)) && c <= SheetLimits.MAX_COLUMNS; i++) {
            c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        if (c < 1) {
            throw cells.error("cell reference \"" + CellText.shorten(ref) + "\" names no column");
        }
        return c;
    }

    private void readCell(SpreadsheetMlReader xml, RowCells cells, int column, String t, String s)
            throws XMLStreamException, IOException {
        String value = null;
        boolean inline = false;
        boolean formula = false;
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == START) {
                depth++;
                switch (xml.name()) {
                    case V -> {
                        value = elementText(xml, cells, column, "v");
                        depth--;
                    }
                    case IS -> {
                        inline = true;
                        value = inlineText(xml, cells, column);
                        depth--;
                    }
                    case F -> formula = true;
                    default -> { }
                }
            } else if (event == END) {
                depth--;
            } else if (event == END_DOCUMENT) {
                throw cells.error(column, "the sheet ends inside a cell");
            }
        }
        if (value == null || value.isEmpty() && !inline && !"str".equals(t)) {
            if (formula) {
                // A formula the file was saved without computing.
                cells.add(column, "#N/A", CellKind.ERROR);
            }
            return;
        }
        if (inline || "inlineStr".equals(t) || "str".equals(t)) {
            cells.add(column, CellText.unescapeXml(value), CellKind.TEXT);
        } else if ("s".equals(t)) {
            cells.add(column, CellText.unescapeXml(sharedString(value, cells, column)), CellKind.TEXT);
        } else if ("b".equals(t)) {
            cells.add(column, "1".equals(value.strip()) || "true".equals(value.strip()) ? "TRUE" : "FALSE",
                    CellKind.BOOLEAN);
        } else if ("e".equals(t)) {
            cells.add(column, value.strip(), CellKind.ERROR);
        } else if ("d".equals(t)) {
            cells.add(column, isoDate(value, cells, column), CellKind.DATE);
        } else {
            number(value, style(s), cells, column);
        }
    }

    private void number(String value, int style, RowCells cells, int column) {
        double d;
        try {
            d = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw cells.error(column, "\"" + CellText.shorten(value) + "\" in a number cell is not a number");
        }
        Optional<String> date = styles.isDate(style) ? CellValues.date(d, workbook.dateSystem()) : Optional.empty();
        if (date.isPresent()) {
            cells.add(column, date.get(), CellKind.DATE);
            return;
        }
        cells.add(column, CellValues.number(d).orElseThrow(() -> cells.error(column, "\"" + CellText.shorten(value)
                + "\" in a number cell is not a finite number")), CellKind.NUMBER);
    }

    private static int style(String s) {
        if (s == null) {
            return 0;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A {@code t="d"} cell: an ISO 8601 date or date and time. */
    private String isoDate(String value, RowCells cells, int column) {
        String v = value.strip();
        try {
            return CellValues.dateTime(v.length() == 10 ? java.time.LocalDate.parse(v).atStartOfDay()
                    : LocalDateTime.parse(v.endsWith("Z") ? v.substring(0, v.length() - 1) : v));
        } catch (DateTimeParseException e) {
            throw cells.error(column, "\"" + CellText.shorten(v) + "\" in a date cell is not an ISO date");
        }
    }

    private String sharedString(String index, RowCells cells, int column) {
        try {
            int i = Integer.parseInt(index.strip());
            return workbook.sharedString(i).orElseThrow(() -> cells.error(column, String.format(Locale.ROOT,
                    "shared string %,d does not exist (the workbook has %,d)", i, workbook.sharedStringCount())));
        } catch (NumberFormatException e) {
            throw cells.error(column, "shared string index \"" + CellText.shorten(index) + "\" is not a number");
        }
    }

    /** An inline string's text: its {@code t} elements (rich-text runs) joined, phonetic runs left out. */
    private String inlineText(SpreadsheetMlReader xml, RowCells cells, int column)
            throws XMLStreamException, IOException {
        text.setLength(0);
        boolean phonetic = false;
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == START) {
                depth++;
                if (xml.name() == PHONETIC_RUN) {
                    phonetic = true;
                } else if (xml.name() == T && !phonetic) {
                    collect(xml, cells, column, "t");
                    depth--;
                }
            } else if (event == END) {
                depth--;
                if (xml.name() == PHONETIC_RUN) {
                    phonetic = false;
                }
            } else if (event == END_DOCUMENT) {
                throw cells.error(column, "the sheet ends inside a cell");
            }
        }
        return text.toString();
    }

    private String elementText(SpreadsheetMlReader xml, RowCells cells, int column, String element)
            throws XMLStreamException, IOException {
        text.setLength(0);
        collect(xml, cells, column, element);
        return text.toString();
    }

    /** Appends the element's characters, bounded before they are decoded ({@code _xHHHH_} escapes take 7). */
    private void collect(SpreadsheetMlReader xml, RowCells cells, int column, String element)
            throws XMLStreamException, IOException {
        while (true) {
            int event = xml.next();
            if (event == TEXT) {
                String chunk;
                try {
                    chunk = xml.text();
                } catch (XMLStreamException e) {
                    throw cells.error(column, "broken sheet XML: " + Messages.cut(Messages.firstLine(e), 200));
                }
                if (text.length() + chunk.length() > CellText.MAX_CELL_CONTENT) {
                    throw cells.error(column, String.format(Locale.ROOT, "a cell of more than %,d characters, the "
                            + "most a spreadsheet cell holds", SheetLimits.MAX_CELL_LENGTH));
                }
                text.append(chunk);
            } else if (event == END) {
                // The reader has checked that it is the element's end.
                return;
            } else if (event == START) {
                throw cells.error(column, "unexpected <" + xml.nameText() + "> inside <" + element + ">");
            } else if (event == END_DOCUMENT) {
                throw cells.error(column, "the sheet ends inside a cell");
            }
        }
    }
}
