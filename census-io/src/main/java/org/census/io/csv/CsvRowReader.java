package org.census.io.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.census.CensusFormatException;
import org.census.CensusIOException;
import org.census.Location;
import org.census.internal.Messages;
import org.census.io.table.spi.SheetCell;
import org.census.io.table.spi.SheetLimits;
import org.census.io.table.spi.SheetRow;
import org.census.io.table.spi.SheetVisitor;

/**
 * One reading of a CSV file, a state machine over its characters (RFC 4180, read leniently as spreadsheets do):
 * <ul>
 *   <li>a field that starts with a quote, after optional spaces, is quoted: it ends at the next lone quote, a doubled
 *   quote inside is one quote, delimiters and line breaks inside are text; spaces between the closing quote and the
 *   delimiter are dropped, so that {@code "a" ; "b"} is {@code a} and {@code b};</li>
 *   <li>any other text after a closing quote is kept (as LibreOffice does), and a quote inside an unquoted field is
 *   text;</li>
 *   <li>an unquoted field is kept exactly, its spaces too;</li>
 *   <li>records end at CRLF, LF or CR, or at the end of the file; a blank line is a record without cells, counted.</li>
 * </ul>
 * The limits of {@link SheetLimits} are checked as the characters arrive, so that memory stays bounded whatever the
 * file; a NUL character is refused (a text file never holds one; it is what a UTF-16 file without its byte order mark
 * shows).
 */
final class CsvRowReader {
    /** Characters decoded at a time; the first buffer is also what the delimiter is found from. */
    static final int BUFFER_CHARS = 64 * 1024;

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    /** A quote seen in a quoted field: doubled, or the closing one. */
    private static final int QUOTE_IN_QUOTED = 3;
    /** After a closing quote: spaces are held until it is known whether text follows. */
    private static final int AFTER_QUOTED = 4;

    private final CsvDecoder decoder;
    private final String source;
    private final String sheet;
    private final char[] buffer = new char[BUFFER_CHARS];
    private int position;
    private int limit;
    private char delimiter;

    private final StringBuilder cell = new StringBuilder();
    private final StringBuilder heldSpaces = new StringBuilder();
    private final List<SheetCell> cells = new ArrayList<>();
    private int state = FIELD_START;
    private int record = 1;
    private int column = 1;
    private long rowCharacters;
    /** The line as a text editor counts them, for messages: records may span lines. */
    private int line = 1;
    private int quoteLine;
    /** Whether the last character was a CR that ended a record (a LF after it ends nothing more). */
    private boolean crEndedRecord;
    /** Whether the last character of a quoted cell was a CR (a LF after it is the same line break). */
    private boolean quotedCr;
    private boolean recordStarted;

    CsvRowReader(CsvDecoder decoder, String source, String sheet) {
        this.decoder = decoder;
        this.source = source;
        this.sheet = sheet;
    }

    /**
     * Reads the rows to the visitor until the end of the file or until it asks to stop.
     *
     * @param forced    the delimiter the user gave, if any; else it is found from the first buffer of text
     * @param tabSeparated whether the file's name says tab ({@code .tsv}), when no delimiter is given
     * @return the delimiter used
     */
    CsvDelimiter read(Optional<CsvDelimiter> forced, boolean tabSeparated, SheetVisitor visitor) {
        boolean whole = fillFirst();
        CsvDelimiter d = forced.orElseGet(() -> tabSeparated ? CsvDelimiter.TAB
                : CsvDelimiter.detect(buffer, limit, whole));
        delimiter = d.character;
        while (true) {
            if (position == limit && !refill()) {
                finish(visitor);
                return d;
            }
            if (!scan(visitor)) {
                return d;
            }
        }
    }

    /** Runs the state machine over the buffer; false when the visitor asks to stop. */
    private boolean scan(SheetVisitor visitor) {
        char[] b = buffer;
        int end = limit;
        int p = position;
        char delim = delimiter;
        while (p < end) {
            char c = b[p];
            if (crEndedRecord) {
                crEndedRecord = false;
                if (c == '\n') {
                    p++; // the LF of the CRLF that ended the record
                    continue;
                }
            }
            switch (state) {
                case FIELD_START -> {
                    if (c == '"') {
                        cell.setLength(0);
                        state = QUOTED;
                        quoteLine = line;
                        recordStarted = true;
                        p++;
                        continue;
                    }
                    if (c == ' ' || c == '\t' && delim != '\t') {
                        append(b, p, 1);
                        recordStarted = true;
                        p++;
                        continue;
                    }
                    state = UNQUOTED;
                }
                case UNQUOTED -> {
                    int start = p;
                    // The hot loop: most characters are none of the few that end or break a field.
                    while (p < end && (c = b[p]) > '\r' && c != delim) {
                        p++;
                    }
                    if (p > start) {
                        recordStarted = true;
                    }
                    if (p == end) {
                        append(b, start, p - start);
                        continue;
                    }
                    if (c == delim) {
                        finishCell(b, start, p);
                        endField();
                        p++;
                    } else if (c == '\n' || c == '\r') {
                        finishCell(b, start, p);
                        p++;
                        if (!endLine(c, visitor)) {
                            position = p;
                            return false;
                        }
                    } else {
                        checkCharacter(c);
                        append(b, start, p + 1 - start);
                        recordStarted = true;
                        p++;
                    }
                }
                case QUOTED -> {
                    int start = p;
                    while (p < end && (c = b[p]) != '"' && c > '\r') {
                        p++;
                    }
                    if (p > start) {
                        append(b, start, p - start);
                        quotedCr = false;
                    }
                    if (p == end) {
                        continue;
                    }
                    p++;
                    if (c == '"') {
                        state = QUOTE_IN_QUOTED;
                    } else {
                        // Line breaks (and tabs) inside quotes are text; a CRLF counts as one line.
                        checkCharacter(c);
                        if (c == '\r' || c == '\n' && !quotedCr) {
                            line++;
                        }
                        quotedCr = c == '\r';
                        append(b, p - 1, 1);
                    }
                }
                case QUOTE_IN_QUOTED -> {
                    if (c == '"') {
                        append(b, p, 1);
                        state = QUOTED;
                        p++;
                    } else {
                        state = AFTER_QUOTED;
                    }
                }
                default -> { // AFTER_QUOTED
                    if (c == delim) {
                        heldSpaces.setLength(0);
                        endField();
                        p++;
                    } else if (c == '\n' || c == '\r') {
                        heldSpaces.setLength(0);
                        p++;
                        if (!endLine(c, visitor)) {
                            position = p;
                            return false;
                        }
                    } else if (c == ' ' || c == '\t') {
                        heldSpaces.append(c);
                        countRow(1);
                        p++;
                    } else {
                        cell.append(heldSpaces);
                        heldSpaces.setLength(0);
                        state = UNQUOTED;
                    }
                }
            }
        }
        position = p;
        return true;
    }

    private void append(char[] b, int start, int count) {
        cell.append(b, start, count);
        if (cell.length() > SheetLimits.MAX_CELL_LENGTH) {
            throw problem(String.format(Locale.ROOT, "a cell longer than %,d characters (what a spreadsheet cell "
                    + "holds)%s", SheetLimits.MAX_CELL_LENGTH, openQuoteHint()));
        }
        countRow(count);
    }

    /**
     * Ends the cell whose last characters are {@code b[start..end)}: most cells lie whole in the buffer and become
     * a string from it directly, without the copy into {@link #cell} (which, once it has held a character beyond
     * Latin-1, would also make every later cell in UTF-16 first).
     */
    private void finishCell(char[] b, int start, int end) {
        if (cell.length() > 0) {
            append(b, start, end - start);
            addCell();
            return;
        }
        int length = end - start;
        if (length > SheetLimits.MAX_CELL_LENGTH) {
            append(b, start, length); // refuses it
        }
        countRow(length);
        if (length > 0 && !isBlank(b, start, end)) {
            cells.add(SheetCell.text(column, new String(b, start, length)));
        }
    }

    private static boolean isBlank(char[] b, int start, int end) {
        if (b[start] > ' ' && b[start] < '\u0080') {
            return false; // most cells: a visible ASCII character first
        }
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(b[i])) {
                return false;
            }
        }
        return true;
    }

    private void countRow(int count) {
        rowCharacters += count;
        if (rowCharacters > SheetLimits.MAX_ROW_CHARACTERS) {
            throw problem(String.format(Locale.ROOT, "a row longer than %,d characters; is the delimiter right%s?",
                    SheetLimits.MAX_ROW_CHARACTERS, state == QUOTED ? openQuoteHint() : ""));
        }
    }

    private String openQuoteHint() {
        return state == QUOTED ? ", or is the quote opened at line " + quoteLine + " left open" : "";
    }

    private void checkCharacter(char c) {
        if (c == 0) {
            throw problem("a NUL character at line " + line + ", which a text file never holds: is it a UTF-16 "
                    + "file without its byte order mark (give encoding=utf-16), or no text file?");
        }
    }

    private void endField() {
        if (cell.length() > 0) {
            addCell();
        }
        state = FIELD_START;
        if (column == SheetLimits.MAX_COLUMNS) {
            column++;
            throw problem(String.format(Locale.ROOT, "more than %,d columns in one row (what a spreadsheet "
                    + "holds); is the delimiter right?", SheetLimits.MAX_COLUMNS));
        }
        column++;
        countRow(1);
        recordStarted = true;
    }

    private void addCell() {
        String text = cell.toString();
        cell.setLength(0);
        if (!text.isBlank()) {
            cells.add(SheetCell.text(column, text));
        }
    }

    /** Ends the record at a line break; returns what the visitor says. */
    private boolean endLine(char c, SheetVisitor visitor) {
        crEndedRecord = c == '\r';
        line++;
        return endRecord(visitor);
    }

    private boolean endRecord(SheetVisitor visitor) {
        addCell();
        boolean goOn = true;
        if (!cells.isEmpty()) {
            goOn = visitor.row(SheetRow.of(record, cells));
            cells.clear();
        }
        record++;
        column = 1;
        rowCharacters = 0;
        state = FIELD_START;
        recordStarted = false;
        return goOn;
    }

    private void finish(SheetVisitor visitor) {
        if (state == QUOTED) {
            throw problem("the quoted cell opened at line " + quoteLine + " is not closed at the end of the file; "
                    + "close it with a quote");
        }
        if (recordStarted || cell.length() > 0) {
            endRecord(visitor);
        }
    }

    /** Fills the first buffer as far as it goes: the delimiter is found from it. Returns whether it is the file. */
    private boolean fillFirst() {
        while (limit < buffer.length) {
            int n;
            try {
                n = decoder.read(buffer, limit, buffer.length - limit);
            } catch (CsvDecoder.BadBytes e) {
                return false; // thrown again, at its place, when the reading gets there
            } catch (IOException e) {
                throw ioProblem(e);
            }
            if (n < 0) {
                return true;
            }
            limit += n;
        }
        return false;
    }

    private boolean refill() {
        try {
            int n = decoder.read(buffer, 0, buffer.length);
            position = 0;
            limit = Math.max(n, 0);
            return n > 0;
        } catch (CsvDecoder.BadBytes e) {
            throw problem(e.getMessage() + " at line " + line + decoder.hint());
        } catch (IOException e) {
            throw ioProblem(e);
        }
    }

    private CensusIOException ioProblem(IOException e) {
        return new CensusIOException(source + ": cannot be read: " + Messages.firstLine(e), e);
    }

    private CensusFormatException problem(String what) {
        return new CensusFormatException(source, Location.cell(sheet, record, column), Messages.cut(what, 300));
    }
}
