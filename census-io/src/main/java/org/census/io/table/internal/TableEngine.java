package org.census.io.table.internal;

import org.census.CensusException;
import org.census.CensusFormatException;
import org.census.Location;
import org.census.internal.Messages;
import org.census.io.spi.CensusSink;
import org.census.io.table.TableField;
import org.census.io.table.TableMapping;
import org.census.io.table.TableProposal;
import org.census.io.table.TableReport;
import org.census.io.table.spi.CellRange;
import org.census.io.table.spi.SheetBook;
import org.census.io.table.spi.SheetCell;
import org.census.io.table.spi.SheetRow;
import org.census.io.table.spi.SheetVisitor;
import org.census.model.Census;
import org.census.model.CensusHeader;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The table format's engine: finds the table in a sheet, maps its columns (a given mapping, or one proposed from the
 * headers), and reads its rows into partnerships pushed into a sink. The census edition (its regions and places, its
 * header) comes from a census the caller gives, never from code.
 */
public final class TableEngine {
    private final Census edition;
    private final boolean includeContacts;
    private final TableValues values;

    public TableEngine(Census edition, boolean includeContacts) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.includeContacts = includeContacts;
        this.values = new TableValues(edition);
    }

    /** The top of a sheet: its merged regions and its first rows. */
    private record Top(List<SheetRow> rows, List<CellRange> merged) {
        int widest() {
            return rows.stream().flatMap(r -> r.cells().stream()).mapToInt(SheetCell::column).max().orElse(0);
        }
    }

    private record Table(String sheet, Top top, TableLayout layout) {
    }

    /** Reads a sheet into a sink with a mapping, or with the one its headers propose. */
    public TableReport read(SheetBook book, String source, Optional<String> sheet, Optional<TableMapping> mapping,
                            CensusSink sink) {
        return run(book, source, sheet, mapping, sink, false).report();
    }

    /** The dry run: the proposed (or given) mapping, its columns with samples, and the report of a whole read. */
    public TableProposal propose(SheetBook book, String source, Optional<String> sheet,
                                 Optional<TableMapping> mapping) {
        return run(book, source, sheet, mapping, new CensusSink() {
            @Override
            public void start(org.census.model.CensusHeader header) {
            }

            @Override
            public void partnership(org.census.model.Partnership partnership) {
            }

            @Override
            public void end(org.census.model.CensusHeader header) {
            }
        }, true);
    }

    private TableProposal run(SheetBook book, String source, Optional<String> sheetOption,
                              Optional<TableMapping> mapping, CensusSink sink, boolean dryRun) {
        Table table = table(book, source, sheetOption.or(() -> mapping.flatMap(TableMapping::sheet)), mapping);
        List<ColumnPlan.Proposed> proposed;
        ColumnPlan plan;
        TableMapping applied;
        if (mapping.isPresent()) {
            plan = ColumnPlan.resolve(mapping.get(), table.layout(), table.top().widest(), source, table.sheet());
            proposed = new ArrayList<>();
            for (TableLayout.Header h : table.layout().headers()) {
                ColumnPlan.Target t = plan.targets().get(h.column());
                proposed.add(new ColumnPlan.Proposed(h, Optional.ofNullable(t).map(ColumnPlan.Target::field),
                        t == null ? 0 : 100, t == null ? "ignored by the mapping" : ""));
            }
            applied = mapping.get();
        } else {
            proposed = ColumnPlan.propose(table.layout());
            plan = ColumnPlan.of(proposed);
            applied = ColumnPlan.mapping(table.layout(), Optional.of(table.sheet()), proposed);
        }
        if (!plan.has(TableField.ID) && !plan.has(TableField.FRENCH_PARTY) && !plan.has(TableField.PARTNER_PARTY)) {
            throw new CensusFormatException(source, Location.row(table.sheet(), table.layout().headerRow()),
                    Messages.cut("no column says which partnership a row belongs to: map a column to id, "
                            + "french-party or partner-party (a mapping file); columns: " + headers(table.layout()),
                            600));
        }
        TableRun run = new TableRun(source, table.sheet(), table.layout(), plan, values, edition, includeContacts,
                sink, dryRun);
        if (!plan.unmapped().isEmpty()) {
            run.say(Messages.cut(source + ": " + Location.row(table.sheet(), table.layout().headerRow())
                    + ": columns not read: " + String.join(", ", plan.unmapped()), 1000));
        }
        CensusHeader read = new CensusHeader(edition.edition(), Optional.empty(), List.of());
        // The edition's credits are personal data too, read only with the contacts.
        CensusHeader header = includeContacts ? read : read.withoutContacts();
        sink.start(header);
        book.read(table.sheet(), run);
        run.finish();
        sink.end(header);
        List<TableProposal.ProposedColumn> columns = new ArrayList<>();
        for (ColumnPlan.Proposed p : proposed) {
            int c = p.header().column();
            columns.add(new TableProposal.ProposedColumn(SheetCell.columnName(c), p.header().text(),
                    p.header().hashtag().map(HxlTag::toString), p.field(), p.score(), p.reason(),
                    run.samples().getOrDefault(c, List.of())));
        }
        return new TableProposal(applied, columns, run.report(applied));
    }

    /** The sheet to read and where its table is. */
    private Table table(SheetBook book, String source, Optional<String> sheet, Optional<TableMapping> mapping) {
        List<String> names = book.sheetNames();
        if (sheet.isPresent()) {
            if (!names.contains(sheet.get())) {
                throw new CensusException(source + ": no sheet \"" + Messages.cut(sheet.get(), 60)
                        + "\"; sheets: " + Messages.cut(String.join(", ", names), 300));
            }
            Top top = top(book, sheet.get(), mapping);
            return new Table(sheet.get(), top, layout(top, mapping).orElseThrow(() -> noTable(source,
                    List.of(sheet.get()))));
        }
        for (String name : names) {
            Top top = top(book, name, mapping);
            Optional<TableLayout> layout = layout(top, mapping);
            if (layout.isPresent()) {
                return new Table(name, top, layout.get());
            }
        }
        throw noTable(source, names);
    }

    private static Optional<TableLayout> layout(Top top, Optional<TableMapping> mapping) {
        if (mapping.isPresent()) {
            TableMapping m = mapping.get();
            return Optional.of(TableLayout.given(top.rows(), top.merged(), m.headerRow(), m.headerRows(),
                    m.hashtagRow(), m.firstDataRow()));
        }
        return TableLayout.find(top.rows(), top.merged());
    }

    private static CensusFormatException noTable(String source, List<String> sheets) {
        return new CensusFormatException(source, Location.NONE, Messages.cut("no table found: no row of the first "
                + TableLayout.HEADER_SEARCH_ROWS + " of " + (sheets.size() == 1 ? "sheet " : "the sheets ")
                + String.join(", ", sheets) + " has two headers that name census fields (Collectivité française, "
                + "Partenaire, Région, Action, Montant...) or HXL hashtags; name the columns in a mapping file", 600));
    }

    private static Top top(SheetBook book, String sheet, Optional<TableMapping> mapping) {
        int last = mapping.map(m -> Math.max(m.headerRow() + m.headerRows() - 1, m.hashtagRow().orElse(0)))
                .map(r -> Math.max(r, TableLayout.HEADER_SEARCH_ROWS)).orElse(TableLayout.HEADER_SEARCH_ROWS);
        List<SheetRow> rows = new ArrayList<>();
        List<CellRange> merged = new ArrayList<>();
        book.read(sheet, new SheetVisitor() {
            @Override
            public void merged(CellRange region) {
                if (region.firstRow() <= last) {
                    merged.add(region);
                }
            }

            @Override
            public boolean row(SheetRow row) {
                if (row.number() > last) {
                    return false;
                }
                rows.add(row);
                return true;
            }
        });
        return new Top(rows, merged);
    }

    private static String headers(TableLayout layout) {
        List<String> list = new ArrayList<>();
        for (TableLayout.Header h : layout.headers()) {
            list.add(SheetCell.columnName(h.column()) + " \"" + Messages.cut(ColumnPlan.headerName(h), 30) + "\"");
        }
        return String.join(", ", list);
    }
}
