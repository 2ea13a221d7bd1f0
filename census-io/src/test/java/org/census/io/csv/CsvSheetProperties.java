package org.census.io.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.census.io.table.spi.SheetCell;
import org.census.io.table.spi.SheetRow;

/**
 * The reader's law: any table of texts that commons-csv's RFC 4180 printer writes, with any of the four delimiters,
 * reads back to the same cells, empty ones left out; whether the delimiter is given or found.
 */
class CsvSheetProperties {

    @Provide
    Arbitrary<List<List<String>>> tables() {
        // Delimiters, quotes, line breaks, spaces and accents are the characters that matter; a few others for luck.
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.strings().withChars(",;\t|\"\r\n ab\u00e9\u20ac").ofMaxLength(8),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(5),
                Arbitraries.strings().all().ofMaxLength(4).filter(s -> s.indexOf('\0') < 0 && !hasLoneSurrogate(s)));
        return Arbitraries.integers().between(1, 6).flatMap(columns ->
                cell.list().ofSize(columns).list().ofMinSize(1).ofMaxSize(12));
    }

    @Property(tries = 400)
    void aPrintedTableReadsBackWithTheDelimiterGiven(@ForAll("tables") List<List<String>> table,
                                                     @ForAll CsvDelimiter delimiter) {
        assertThat(read(print(table, delimiter), "delimiter=" + delimiter.optionName())).isEqualTo(expected(table));
    }

    @Property(tries = 400)
    void aPrintedTableOfPlainTextsReadsBackWithTheDelimiterFound(@ForAll CsvDelimiter delimiter,
            @ForAll("plainTables") List<List<String>> table) {
        assertThat(read(print(table, delimiter), "")).isEqualTo(expected(table));
    }

    @Provide
    Arbitrary<List<List<String>>> plainTables() {
        // A delimiter is found from texts that hold none of the other candidates unquoted (a comma inside a
        // semicolon file is the first law's case); quotes and line breaks are quoted by the printer, and skipped.
        Arbitrary<String> cell = Arbitraries.strings().withChars("abcé1 \"\n").ofMinLength(1).ofMaxLength(6);
        return Arbitraries.integers().between(2, 6).flatMap(columns ->
                cell.list().ofSize(columns).list().ofMinSize(1).ofMaxSize(12));
    }

    private static String print(List<List<String>> table, CsvDelimiter delimiter) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter.character).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<String> row : table) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<SheetRow> read(String csv, String options) {
        return CsvSheets.rows(csv.getBytes(UTF_8), options);
    }

    /** The table's non-blank cells, by row numbered from 1, rows without any left out. */
    private static List<SheetRow> expected(List<List<String>> table) {
        List<SheetRow> rows = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            List<String> row = table.get(r);
            List<SheetCell> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                if (!row.get(c).isBlank()) {
                    cells.add(SheetCell.text(c + 1, row.get(c)));
                }
            }
            if (!cells.isEmpty()) {
                rows.add(SheetRow.of(r + 1, cells));
            }
        }
        return rows;
    }

    private static boolean hasLoneSurrogate(String s) {
        return org.census.internal.LoneSurrogates.indexIn(s) >= 0;
    }
}
