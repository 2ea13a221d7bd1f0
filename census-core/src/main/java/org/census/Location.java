package org.census;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where in an input a problem is: nowhere in particular, a JSON pointer, a sheet with an optional row and column
 * of a spreadsheet, or a part of a zip package (a workbook's {@code xl/workbook.xml}). Rows and columns count from 1,
 * as a spreadsheet shows them (column 3 is "C").
 *
 * <p>Made by the factories ({@link #pointer}, {@link #sheet}, {@link #row}, {@link #cell}, {@link #part});
 * {@link #toString()} is what a person reads: {@code /partnerships/3/actions/0}, {@code Actions}, {@code Actions!12},
 * {@code Actions!C12}, {@code xl/workbook.xml}.
 *
 * @param sheet       the sheet, for spreadsheets
 * @param row         the 1-based row within the sheet
 * @param column      the 1-based column within the row
 * @param jsonPointer the RFC 6901 pointer, for JSON
 * @param part        the name of a part of a zip package, for what is wrong with the package rather than a sheet
 */
public record Location(Optional<String> sheet, OptionalInt row, OptionalInt column, Optional<String> jsonPointer,
                       Optional<String> part) {
    /** The whole input. */
    public static final Location NONE = new Location(Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
            Optional.empty(), Optional.empty());

    public Location {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(jsonPointer, "jsonPointer");
        Objects.requireNonNull(part, "part");
        if ((jsonPointer.isPresent() ? 1 : 0) + (sheet.isPresent() ? 1 : 0) + (part.isPresent() ? 1 : 0) > 1) {
            throw new IllegalArgumentException("a location is one of a JSON pointer, a place in a sheet or a part");
        }
        if (sheet.isEmpty() && (row.isPresent() || column.isPresent())) {
            throw new IllegalArgumentException("a row or column needs its sheet");
        }
        if (row.isEmpty() && column.isPresent()) {
            throw new IllegalArgumentException("a column needs its row");
        }
        if (row.isPresent() && row.getAsInt() < 1 || column.isPresent() && column.getAsInt() < 1) {
            throw new IllegalArgumentException("rows and columns count from 1");
        }
    }

    /** A place in a JSON document, e.g. {@code /partnerships/3/id}; the empty pointer is the whole document. */
    public static Location pointer(String pointer) {
        return new Location(Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
                Optional.of(pointer.isEmpty() ? "/" : pointer), Optional.empty());
    }

    /** A whole sheet (or another named part of a workbook). */
    public static Location sheet(String sheet) {
        return new Location(Optional.of(sheet), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty());
    }

    /** A row of a sheet, counted from 1. */
    public static Location row(String sheet, int row) {
        return new Location(Optional.of(sheet), OptionalInt.of(row), OptionalInt.empty(), Optional.empty(),
                Optional.empty());
    }

    /** A cell of a sheet, row and column counted from 1. */
    public static Location cell(String sheet, int row, int column) {
        return new Location(Optional.of(sheet), OptionalInt.of(row), OptionalInt.of(column), Optional.empty(),
                Optional.empty());
    }

    /** A part of a zip package, by its name in the package: {@code xl/worksheets/sheet5.xml}. */
    public static Location part(String name) {
        return new Location(Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.of(name));
    }

    /** Whether this is the whole input. */
    public boolean isNone() {
        return equals(NONE);
    }

    /** The column's letters as a spreadsheet shows them: 1 is "A", 27 is "AA". */
    public static String columnLetters(int column) {
        if (column < 1) {
            throw new IllegalArgumentException("columns count from 1, got " + column);
        }
        StringBuilder s = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    /** As a person reads it: a JSON pointer, {@code Sheet}, {@code Sheet!12} or {@code Sheet!C12}; "" for none. */
    @Override
    public String toString() {
        if (jsonPointer.isPresent()) {
            return jsonPointer.get();
        }
        if (part.isPresent()) {
            return part.get();
        }
        if (sheet.isEmpty()) {
            return "";
        }
        if (row.isEmpty()) {
            return sheet.get();
        }
        String letters = column.isPresent() ? columnLetters(column.getAsInt()) : "";
        return sheet.get() + "!" + letters + row.getAsInt();
    }
}
