package org.census.io.table.internal;

import com.google.common.collect.Range;
import com.google.common.collect.RangeMap;
import com.google.common.collect.TreeRangeMap;
import org.census.CensusFormatException;
import org.census.Location;
import org.census.io.internal.CellText;
import org.census.internal.Messages;
import org.census.io.spi.CensusSink;
import org.census.io.table.TableField;
import org.census.io.table.TableProposal;
import org.census.io.table.TableReport;
import org.census.io.table.spi.CellKind;
import org.census.io.table.spi.CellRange;
import org.census.io.table.spi.SheetCell;
import org.census.io.table.spi.SheetRow;
import org.census.io.table.spi.SheetVisitor;
import org.census.model.Census;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One reading of a sheet's data rows: merged cells filled from their top cell, rows skipped (blank, titles, totals,
 * notes) with the reason, the others handed to the {@link PartnershipAssembler}; the warnings go to the sink as they
 * come and, the first {@link TableReport#MAX_LISTED}, to the report.
 */
final class TableRun implements SheetVisitor {
    /** Values of a column shown in the dry run. */
    static final int SAMPLES = 3;

    private static final Pattern TOTAL = Pattern.compile("(sous |grand )?(total|totaux)( general| generaux)?( .*)?");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+([.,][0-9]+)?");
    /** Fields whose text in a row means it is no sum of the rows above. */
    private static final Set<TableField> NAMING_FIELDS = EnumSet.of(TableField.ID, TableField.FRENCH_PARTY,
            TableField.PARTNER_PARTY, TableField.ACTION, TableField.DESCRIPTION, TableField.DOMAIN);

    private final String source;
    private final String sheet;
    private final TableLayout layout;
    private final ColumnPlan plan;
    private final TableValues values;
    private final Census edition;
    private final boolean includeContacts;
    private final CensusSink sink;
    private final PartnershipAssembler assembler;

    private final Map<Integer, RangeMap<Integer, Integer>> mergedByColumn = new HashMap<>();
    private final Map<Integer, RowCells.Cell> tops = new HashMap<>();
    private final Map<Integer, BigDecimal> sums = new HashMap<>();
    private final Map<Integer, BigDecimal> sumsSinceTotal = new HashMap<>();
    private final Map<Integer, Integer> counts = new HashMap<>();
    private final Map<Integer, Integer> countsSinceTotal = new HashMap<>();
    private final List<TableReport.SkippedRow> skipped = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<Integer, List<TableProposal.Sample>> samples = new TreeMap<>();
    private final boolean collectSamples;
    private long skippedRows;
    private long warningCount;
    private long rows;
    private int lastRow;

    TableRun(String source, String sheet, TableLayout layout, ColumnPlan plan, TableValues values, Census edition,
             boolean includeContacts, CensusSink sink, boolean collectSamples) {
        this.source = source;
        this.sheet = sheet;
        this.layout = layout;
        this.plan = plan;
        this.values = values;
        this.edition = edition;
        this.includeContacts = includeContacts;
        this.sink = sink;
        this.collectSamples = collectSamples;
        this.assembler = new PartnershipAssembler(this);
        this.lastRow = layout.firstDataRow() - 1;
    }

    String source() {
        return source;
    }

    String sheet() {
        return sheet;
    }

    ColumnPlan plan() {
        return plan;
    }

    TableValues values() {
        return values;
    }

    Census edition() {
        return edition;
    }

    boolean includeContacts() {
        return includeContacts;
    }

    CensusSink sink() {
        return sink;
    }

    /** A problem worked around at a cell: to the sink now, to the report if there is room. */
    void warn(int row, int column, String problem) {
        say(Messages.cut(source + ": " + Location.cell(sheet, row, column) + ": " + problem, 400));
    }

    void warnRow(int row, String problem) {
        say(Messages.cut(source + ": " + Location.row(sheet, row) + ": " + problem, 400));
    }

    void say(String message) {
        warningCount++;
        if (warnings.size() < TableReport.MAX_LISTED) {
            warnings.add(message);
        }
        sink.warning(message);
    }

    private void skip(int first, int last, String reason, boolean warn) {
        skippedRows += last - first + 1;
        TableReport.SkippedRow s = new TableReport.SkippedRow(first, last, reason);
        if (skipped.size() < TableReport.MAX_LISTED) {
            skipped.add(s);
        }
        if (warn) {
            warnRow(first, "skipped: " + reason);
        }
    }

    @Override
    public void merged(CellRange region) {
        // Only a region down several rows of a read column fills cells below its top; its value is in its first column.
        if (region.lastRow() > region.firstRow() && region.lastRow() >= layout.firstDataRow()
                && plan.targets().containsKey(region.firstColumn())) {
            mergedByColumn.computeIfAbsent(region.firstColumn(), c -> TreeRangeMap.create())
                    .put(Range.closed(Math.max(region.firstRow() + 1, layout.firstDataRow()), region.lastRow()),
                            region.firstRow());
        }
    }

    @Override
    public boolean row(SheetRow row) {
        int n = row.number();
        if (n < layout.headerRow()) {
            skip(n, n, "above the header (title)", false);
            return true;
        }
        if (n < layout.firstDataRow()) {
            return true;
        }
        rows++;
        if (n > lastRow + 1) {
            skip(lastRow + 1, n - 1, "blank", false);
        }
        lastRow = n;
        Optional<String> total = totals(row);
        if (total.isPresent()) {
            skip(n, n, total.get(), true);
            return true;
        }
        if (row.cells().size() == 1) {
            SheetCell only = row.cells().get(0);
            ColumnPlan.Target t = plan.targets().get(only.column());
            if (t == null || t.field().level() == TableField.Level.PARTNERSHIP && plan.targets().size() > 1) {
                skip(n, n, "a note (one cell, " + SheetCell.columnName(only.column()) + "): \""
                        + Messages.cut(only.text(), 40) + "\"", true);
                return true;
            }
        }
        RowCells cells = cells(row);
        if (cells.isEmpty()) {
            skip(n, n, "no cell in a column read", true);
            return true;
        }
        count(row);
        if (collectSamples) {
            sample(row);
        }
        if (!assembler.add(cells)) {
            skip(n, n, "no partnership: its columns " + (plan.has(TableField.ID) ? "id" : "french-party and "
                    + "partner-party") + " are empty and no row above gives them", true);
        }
        return true;
    }

    /** Totals and subtotals: a label that says so, or numbers that are all sums of their column above. */
    private Optional<String> totals(SheetRow row) {
        SheetCell label = row.cells().get(0);
        if (label.kind() == CellKind.TEXT && label.text().length() <= 60
                && TOTAL.matcher(HeaderSynonyms.exact(label.text())).matches()) {
            return Optional.of("a totals row (\"" + Messages.cut(label.text().strip(), 40) + "\")");
        }
        boolean numbers = false;
        for (SheetCell c : row.cells()) {
            ColumnPlan.Target t = plan.targets().get(c.column());
            Optional<BigDecimal> v = number(c);
            if (v.isEmpty()) {
                if (t != null && NAMING_FIELDS.contains(t.field())) {
                    return Optional.empty();
                }
                continue;
            }
            // Zero is the sum of zeros: a row of zeros is no proof of a totals row.
            boolean sum = v.get().signum() != 0 && counts.getOrDefault(c.column(), 0) >= 2 && v.get().compareTo(sums.get(c.column())) == 0
                    || v.get().signum() != 0 && countsSinceTotal.getOrDefault(c.column(), 0) >= 2
                    && v.get().compareTo(sumsSinceTotal.get(c.column())) == 0;
            if (!sum) {
                return Optional.empty();
            }
            numbers = true;
        }
        if (numbers) {
            sumsSinceTotal.clear();
            countsSinceTotal.clear();
            return Optional.of("a totals row (its numbers are the sums of their columns above)");
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> number(SheetCell c) {
        String t = c.text().strip();
        if (c.kind() == CellKind.NUMBER || c.kind() == CellKind.TEXT && t.length() < 40 && mayBeNumber(t)
                && NUMBER.matcher(t).matches()) {
            try {
                return Optional.of(new BigDecimal(t.replace(',', '.')));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether a text starts as {@link #NUMBER} does: most texts do not, and skip the pattern (a cell of a CSV). */
    private static boolean mayBeNumber(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        return c >= '0' && c <= '9' || c == '-';
    }

    private void count(SheetRow row) {
        for (SheetCell c : row.cells()) {
            number(c).ifPresent(v -> {
                sums.merge(c.column(), v, BigDecimal::add);
                sumsSinceTotal.merge(c.column(), v, BigDecimal::add);
                counts.merge(c.column(), 1, Integer::sum);
                countsSinceTotal.merge(c.column(), 1, Integer::sum);
            });
        }
    }

    /** A cell of a column read, before the cells of several columns of one field are joined. */
    private record Part(ColumnPlan.Target target, RowCells.Cell cell) {
    }

    /** The row's cells by field: merged cells from their top, several columns of one field joined. */
    private RowCells cells(SheetRow row) {
        RowCells cells = new RowCells(row.number());
        Map<TableField, List<Part>> parts = new HashMap<>();
        for (ColumnPlan.Target t : plan.targets().values()) {
            Optional<SheetCell> own = row.cell(t.column());
            RowCells.Cell cell = null;
            if (own.isPresent()) {
                // A text census wrote with a formula quote comes back as it was (CellText).
                String text = own.get().kind() == CellKind.TEXT ? CellText.restore(own.get().text())
                        : own.get().text();
                cell = new RowCells.Cell(text, own.get().kind(), t.column(), row.number(), t.currency());
                tops.put(t.column(), cell);
            } else {
                RangeMap<Integer, Integer> merged = mergedByColumn.get(t.column());
                Integer top = merged == null ? null : merged.get(row.number());
                RowCells.Cell topCell = tops.get(t.column());
                if (top != null && topCell != null && topCell.row() == top) {
                    cell = topCell;
                }
            }
            if (cell != null) {
                parts.computeIfAbsent(t.field(), f -> new ArrayList<>()).add(new Part(t, cell));
            }
        }
        for (Map.Entry<TableField, List<Part>> e : parts.entrySet()) {
            List<Part> list = e.getValue();
            if (list.size() == 1 && plan.columns(e.getKey()) == 1) {
                cells.put(e.getKey(), list.get(0).cell());
                continue;
            }
            boolean money = e.getKey() == TableField.BUDGET || e.getKey() == TableField.ANNUAL_BUDGET;
            StringBuilder text = new StringBuilder();
            Optional<String> currency = Optional.empty();
            RowCells.Cell first = list.get(0).cell();
            for (Part p : list) {
                ColumnPlan.Target t = p.target();
                RowCells.Cell c = p.cell();
                if (text.length() > 0) {
                    text.append('\n');
                }
                if (money) {
                    String code = c.currency().map(TableValues::currencyCode).orElse("EUR");
                    boolean plainNumber = c.kind() == CellKind.NUMBER;
                    text.append(t.label()).append(" : ").append(c.text().strip());
                    if (plainNumber) {
                        text.append(code.equals("EUR") ? " €" : " " + c.currency().get());
                    }
                    if (!code.equals("EUR")) {
                        currency = c.currency();
                    }
                } else {
                    text.append(c.text());
                }
            }
            cells.put(e.getKey(), new RowCells.Cell(text.toString(), CellKind.TEXT, first.column(), first.row(),
                    currency));
        }
        return cells;
    }

    private void sample(SheetRow row) {
        // A budget's sample is read with the currency its row states, as the conversion reads it.
        Optional<String> rowCurrency = row.cells().stream().filter(c -> {
            ColumnPlan.Target t = plan.targets().get(c.column());
            return t != null && t.field() == TableField.CURRENCY;
        }).map(SheetCell::text).findFirst();
        for (SheetCell c : row.cells()) {
            List<TableProposal.Sample> list = samples.computeIfAbsent(c.column(), k -> new ArrayList<>());
            if (list.size() < SAMPLES) {
                ColumnPlan.Target t = plan.targets().get(c.column());
                String parsed = t == null ? "not read" : values.describe(t.field(), c.text(), c.kind(),
                        t.currency().or(() -> rowCurrency));
                list.add(new TableProposal.Sample(row.number(), Messages.cut(c.text(), 80), parsed));
            }
        }
    }

    /** Writes the partnerships still held. */
    void finish() {
        assembler.flush();
    }

    Map<Integer, List<TableProposal.Sample>> samples() {
        return samples;
    }

    TableReport report(org.census.io.table.TableMapping mapping) {
        return new TableReport(source, sheet, mapping, plan.actionRows() ? TableReport.RowShape.ACTION_ROWS
                : TableReport.RowShape.PARTNERSHIP_ROWS, rows, assembler.partnerships, assembler.actions, skipped,
                skippedRows, warnings, warningCount, plan.unmapped());
    }
}
