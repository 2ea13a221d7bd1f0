package org.census.io.csv;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import org.census.io.spi.FormatOptions;
import org.census.io.table.spi.SheetBook;
import org.census.io.table.spi.SheetCell;
import org.census.io.table.spi.SheetRow;

/** Reading CSV bytes through the provider, for the tests: rows as they come, or as lists of texts by column. */
final class CsvSheets {
    private CsvSheets() {
    }

    static List<SheetRow> rows(InputStream in, String source, String options) {
        try (SheetBook book = new CsvSheetFormat().open(in, source, FormatOptions.parse(options))) {
            List<SheetRow> rows = new ArrayList<>();
            book.read(book.sheetNames().get(0), rows::add);
            return rows;
        }
    }

    static List<SheetRow> rows(byte[] bytes, String options) {
        return rows(new ByteArrayInputStream(bytes), "data/test.csv", options);
    }

    static List<SheetRow> rows(String text, Charset charset, String options) {
        return rows(text.getBytes(charset), options);
    }

    /** Each row as "number: column=text | column=text". */
    static List<String> describe(List<SheetRow> rows) {
        List<String> out = new ArrayList<>();
        for (SheetRow r : rows) {
            StringBuilder s = new StringBuilder().append(r.number()).append(':');
            for (SheetCell c : r.cells()) {
                s.append(' ').append(SheetCell.columnName(c.column())).append('=').append(c.text());
            }
            out.add(s.toString());
        }
        return out;
    }
}
