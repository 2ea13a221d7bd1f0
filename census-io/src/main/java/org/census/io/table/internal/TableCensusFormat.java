package org.census.io.table.internal;

import org.census.CensusException;
import org.census.bundled.BundledCensus;
import org.census.json.CensusJson;
import org.census.io.spi.CensusFormat;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatInfo;
import org.census.io.spi.FormatOptions;
import org.census.io.table.TableMapping;
import org.census.io.table.spi.SheetBook;
import org.census.model.Census;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code table} format: any spreadsheet (CSV, TSV, xlsx, xls, ods) read through a mapping, given
 * ({@code mapping=FILE}) or proposed from its headers. Read only. Its extensions are listed but claimed by no lookup:
 * a file is read as a table only when the format is named ({@code --from table}), since census's own xlsx and CSV
 * files have formats of their own.
 *
 * <p>Options: {@code mapping=FILE} (a {@link TableMapping} JSON file), {@code sheet=NAME}, {@code encoding=} and
 * {@code delimiter=} (for the CSV reader), {@code edition=FILE} (a census JSON file whose edition, regions and places
 * the new census takes; the bundled census by default), {@code contacts=true} to read contact persons.
 */
public final class TableCensusFormat implements CensusFormat {
    static final FormatInfo INFO = new FormatInfo("table", List.of("csv", "tsv", "txt", "xlsx", "xls", "ods"),
            "text/csv", true, false, false);
    private static final Map<String, String> OPTIONS = FormatOptions.described(
            "mapping", "a mapping file (JSON, written by census map --save and edited) instead of the proposed one",
            "sheet", "the sheet to read (default: the first that holds a table)",
            "encoding", "a CSV file's encoding: utf-8, windows-1252, utf-16 or iso-8859-1 (default: detected)",
            "delimiter", "a CSV file's delimiter: comma, semicolon, tab or pipe (default: detected)",
            "edition", "the census (JSON) whose edition gives the regions and places (default: the bundled one)",
            "contacts", "true to read contact persons (personal data; census convert sets it with --include-contacts)");

    @Override
    public FormatInfo info() {
        return INFO;
    }

    @Override
    public Map<String, String> options() {
        return OPTIONS;
    }

    @Override
    public void read(InputStream in, String source, FormatOptions options, CensusSink sink) {
        options.onlyKeys(INFO.name(), OPTIONS.keySet());
        Optional<TableMapping> mapping = options.get("mapping").map(f -> TableMapping.read(Path.of(f)));
        Census edition = options.get("edition").map(f -> CensusJson.read(Path.of(f)))
                .orElseGet(BundledCensus::load);
        TableEngine engine = new TableEngine(edition, options.flag("contacts", false));
        try (SheetBook book = SheetFormats.load(TableCensusFormat.class.getClassLoader()).open(in, source,
                options)) {
            engine.read(book, source, options.get("sheet"), mapping, sink);
        }
    }

    @Override
    public CensusSink write(OutputStream out, FormatOptions options) {
        throw new CensusException("the table format reads spreadsheets; it does not write censuses: write json, "
                + "xlsx or csv");
    }
}
