package org.census.io.hxl;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.census.CensusException;
import org.census.CensusIOException;
import org.census.io.internal.CsvOutput;
import org.census.io.spi.CensusFormat;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatInfo;
import org.census.io.spi.FormatOptions;
import org.census.model.Action;
import org.census.model.CensusHeader;
import org.census.model.Partnership;
import org.census.overview.Overview;

/**
 * The census as an HXL-tagged "3W" table (who does what where, https://hxlstandard.org): CSV, one row per action, a
 * human header row then the row of hashtags, UTF-8. Write-only: a 3W table is an export, not a census.
 *
 * <p>Rows are those the overview counts: a form that repeats another ({@code sameAs}) gives none, a row that only
 * totals the others gives none, and a partnership with no action gives one row with the action's columns blank, so
 * that summing {@code #value+budget} gives the census's action budgets (low bounds) and no partnership is missed.
 *
 * <p>Options ({@code hxl:key=value,...}): {@code bom=true} as for CSV; {@code contacts=true} adds a
 * {@code #contact+name} column. Without it the writer leaves contact persons out of every text itself
 * ({@link Partnership#withoutContacts()}), whatever it is given: a 3W table is made to be shared.
 */
public final class HxlCensusFormat implements CensusFormat {
    // "csv" is the CSV table's; an extension of its own lets "census convert x.json 3w.hxl" find this format.
    static final FormatInfo INFO = new FormatInfo("hxl", List.of("hxl"), "text/csv", false, true);
    private static final Map<String, String> OPTIONS = FormatOptions.described(
            "bom", "true to start with a byte-order mark, so that Excel reads UTF-8 (default false)",
            "contacts", "true to add the #contact+name column and keep contact persons' names in the texts (default "
                    + "false: with census convert, give --include-contacts too)");

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
        throw new CensusException("hxl is written, not read: a 3W table does not hold a census; read json or "
                + "xlsx");
    }

    @Override
    public CensusSink write(OutputStream out, FormatOptions options) {
        options.onlyKeys(INFO.name(), OPTIONS.keySet());
        boolean bom = options.flag("bom", false);
        boolean contacts = options.flag("contacts", false);
        List<HxlColumn> columns = HxlColumn.columns(contacts);
        CSVFormat format = CSVFormat.RFC4180;
        Writer writer = CsvOutput.utf8(out);
        return new CensusSink() {
            private CSVPrinter printer;
            private HxlRows rows;

            @Override
            public void start(CensusHeader header) {
                rows = new HxlRows(header.edition(), Locale.forLanguageTag(header.edition().language()));
                CensusIOException.run("cannot write HXL", () -> {
                    printer = CsvOutput.printer(writer, format, bom);
                    printer.printRecord(columns.stream().map(HxlColumn::header).toList());
                    printer.printRecord(columns.stream().map(HxlColumn::tag).toList());
                });
            }

            @Override
            public void partnership(Partnership given) {
                if (given.isRepeat()) {
                    return;
                }
                Partnership p = contacts ? given : given.withoutContacts();
                List<Action> actions = Overview.countedActions(p);
                CensusIOException.run("cannot write HXL", () -> {
                    if (actions.isEmpty()) {
                        printer.printRecord(row(columns, p, Optional.empty()));
                    }
                    for (Action a : actions) {
                        printer.printRecord(row(columns, p, Optional.of(a)));
                    }
                });
            }

            private List<String> row(List<HxlColumn> columns, Partnership p, Optional<Action> action) {
                List<String> row = new ArrayList<>(columns.size());
                for (HxlColumn c : columns) {
                    row.add(rows.cell(c, p, action));
                }
                return row;
            }

            @Override
            public void end(CensusHeader header) {
                CensusIOException.run("cannot write HXL", () -> {
                    printer.flush();
                    writer.flush();
                });
            }
        };
    }
}
