package org.census.io.table.internal;

import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import org.census.CensusFormatException;
import org.census.Location;
import org.census.internal.FrenchText;
import org.census.internal.Messages;
import org.census.io.internal.CellText;
import org.census.io.table.TableField;
import org.census.io.table.spi.SheetCell;
import org.census.io.spi.CensusSink;
import org.census.model.Action;
import org.census.model.Contact;
import org.census.model.ContactSide;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.model.PlaceLevel;
import org.census.domain.Domain;
import org.census.text.BudgetTrend;
import org.census.text.Continuation;
import org.census.text.DateText;
import org.census.text.GoverningDocument;
import org.census.text.MoneyText;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rows to partnerships: rows that share a key (the id, else the French and partner parties) make one partnership,
 * each row one action. Key cells left blank below a partnership's first row are filled down, and so are its other
 * cells while the key stays; cells of one partnership that disagree are reported with both. Rows are held until
 * {@link #BUFFER_CHARACTERS} of text, then their partnerships are written, in the order they first appeared, but for
 * the one the last row belongs to (its next rows most likely follow): rows of one key far apart group as long as the
 * memory holds; a key that comes back after its partnership was written is an error that says to sort the table.
 */
final class PartnershipAssembler {
    // The texts a table repeats down its rows, parsed once (bounded: ParsedTexts).
    private final ParsedTexts<DateText> periods = new ParsedTexts<>(DateText::parse);
    private final ParsedTexts<Domain> domains = new ParsedTexts<>(k -> {
        int cut = k.indexOf('\u0000');
        return Domain.classify(k.substring(0, cut), k.substring(cut + 1));
    });
    private final ParsedTexts<MoneyText> amounts = new ParsedTexts<>(k -> {
        int cut = k.indexOf('\u0000');
        return TableValues.amount(k.substring(cut + 1), k.substring(0, cut));
    });
    /** Text held in rows not yet made into partnerships: some 8 MB of characters. */
    static final long BUFFER_CHARACTERS = 4_000_000;

    private static final Set<TableField> ACTION_TEXTS = EnumSet.of(TableField.ACTION_NUMBER, TableField.DOMAIN,
            TableField.SUBDOMAIN, TableField.ACTION, TableField.DESCRIPTION, TableField.PERIOD,
            TableField.START_DATE, TableField.END_DATE, TableField.BUDGET, TableField.ACTION_NOTE);

    private final TableRun run;
    private final List<TableField> keyFields;
    private final ListMultimap<String, RowCells> pending = MultimapBuilder.linkedHashKeys().arrayListValues().build();
    private long pendingCharacters;
    private final Map<String, Integer> written = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    private RowCells previous;
    private String previousKey;
    private boolean contactsSaid;
    long partnerships;
    long actions;

    PartnershipAssembler(TableRun run) {
        this.run = run;
        this.keyFields = run.plan().has(TableField.ID) ? List.of(TableField.ID)
                : List.of(TableField.FRENCH_PARTY, TableField.PARTNER_PARTY);
    }

    /** Takes the next data row; false if it belongs to no partnership (its key cells empty, none above). */
    boolean add(RowCells row) {
        if (previous != null) {
            for (TableField f : keyFields) {
                if (!row.has(f)) {
                    previous.get(f).ifPresent(c -> row.put(f, c));
                }
            }
        }
        String key = key(row);
        if (key.isEmpty()) {
            return false;
        }
        if (key.equals(previousKey)) {
            for (Map.Entry<TableField, RowCells.Cell> e : previous.cells().entrySet()) {
                if (e.getKey().level() == TableField.Level.PARTNERSHIP && !row.has(e.getKey())) {
                    row.put(e.getKey(), e.getValue());
                }
            }
        }
        Integer earlier = written.get(key);
        if (earlier != null) {
            throw new CensusFormatException(run.source(), Location.row(run.sheet(), row.row()), String.format(
                    "this row belongs to the partnership of row %d, already written: rows of one partnership far "
                            + "apart are grouped while they hold less than %,d characters; sort the table by its "
                            + "partnership columns (%s) and convert again", earlier, BUFFER_CHARACTERS,
                    keyFields.stream().map(TableField::key).toList()));
        }
        pending.put(key, row);
        pendingCharacters += row.characters();
        previous = row;
        previousKey = key;
        if (pendingCharacters > BUFFER_CHARACTERS) {
            flushAllBut(key);
        }
        return true;
    }

    /**
     * Writes every partnership held but the open one, whose rows stay held (a sorted table's partnership cut by the
     * buffer would otherwise come back as an error); written too if it alone fills the buffer, where the model
     * refuses it (CensusLimits.MAX_RECORD_CHARACTERS).
     */
    private void flushAllBut(String open) {
        List<RowCells> kept = List.copyOf(pending.get(open));
        long keptCharacters = kept.stream().mapToLong(RowCells::characters).sum();
        if (keptCharacters > BUFFER_CHARACTERS) {
            flush();
            return;
        }
        pending.removeAll(open);
        flush();
        pending.putAll(open, kept);
        pendingCharacters = keptCharacters;
    }

    private String key(RowCells row) {
        StringBuilder key = new StringBuilder();
        boolean any = false;
        for (TableField f : keyFields) {
            String t = row.text(f).strip();
            any |= !t.isEmpty();
            key.append(FrenchText.fold(t)).append('\t');
        }
        return any ? key.toString() : "";
    }

    /** Writes every partnership held. */
    void flush() {
        for (String key : pending.keySet()) {
            List<RowCells> rows = pending.get(key);
            written.put(key, rows.get(0).row());
            Partnership p = build(rows);
            partnerships++;
            actions += p.actions().size();
            run.sink().partnership(p);
        }
        pending.clear();
        pendingCharacters = 0;
    }

    private Partnership build(List<RowCells> rows) {
        RowCells first = rows.get(0);
        Map<TableField, RowCells.Cell> values = new HashMap<>();
        Set<TableField> disagreed = EnumSet.noneOf(TableField.class);
        for (RowCells r : rows) {
            for (Map.Entry<TableField, RowCells.Cell> e : r.cells().entrySet()) {
                TableField f = e.getKey();
                if (f.level() != TableField.Level.PARTNERSHIP) {
                    continue;
                }
                RowCells.Cell kept = values.putIfAbsent(f, e.getValue());
                if (kept != null && !kept.text().strip().equals(e.getValue().text().strip()) && disagreed.add(f)) {
                    run.warn(e.getValue().row(), e.getValue().column(), "\"" + CellText.shorten(e.getValue().text())
                            + "\" disagrees with " + SheetCell.columnName(kept.column()) + kept.row() + " \""
                            + CellText.shorten(kept.text()) + "\" for the " + f.key() + " of one partnership; kept "
                            + SheetCell.columnName(kept.column()) + kept.row());
                }
            }
        }
        List<Party> french = parties(values, TableField.FRENCH_PARTY);
        List<Party> partner = parties(values, TableField.PARTNER_PARTY);
        List<Party> third = parties(values, TableField.THIRD_COUNTRY_PARTY);
        String id = id(values.get(TableField.ID), french, partner);
        List<String> notes = new ArrayList<>(lines(values.get(TableField.NOTE)));
        for (String place : lines(values.get(TableField.PLACE))) {
            notes.add("Lieu : " + place);
        }
        List<Action> actionList = new ArrayList<>();
        for (RowCells r : rows) {
            action(r).ifPresent(actionList::add);
        }
        try {
            return new Partnership(id, Optional.empty(), text(values, TableField.SECTION), regions(values, partner), date(
                    values.get(TableField.UPDATED)), french, partner, third, contacts(values), date(values.get(
                    TableField.FORMALISATION)), GoverningDocument.parse(text(values,
                    TableField.GOVERNING_DOCUMENT)), money(values.get(TableField.ANNUAL_BUDGET), Optional.empty()),
                    Continuation.parse(text(values, TableField.CONTINUATION)), BudgetTrend.parse(text(values,
                    TableField.BUDGET_TREND)), text(values, TableField.LOCAL_MEANS), actionList, text(values,
                    TableField.PERSPECTIVES), notes);
        } catch (IllegalArgumentException e) {
            throw new CensusFormatException(run.source(), Location.row(run.sheet(), first.row()),
                    Messages.cut(e.getMessage(), 300));
        }
    }

    private Optional<Action> action(RowCells r) {
        if (!hasActionText(r)) {
            return Optional.empty();
        }
        String domain = join(r.text(TableField.DOMAIN), " / ", r.text(TableField.SUBDOMAIN));
        String description = join(r.text(TableField.ACTION), "\n", r.text(TableField.DESCRIPTION));
        String period = r.get(TableField.PERIOD).map(c -> TableValues.dateText(c.text(), c.kind())).orElse("");
        if (period.isEmpty()) {
            String start = r.get(TableField.START_DATE).map(c -> TableValues.boundText(c.text(), c.kind()))
                    .orElse("");
            String end = r.get(TableField.END_DATE).map(c -> TableValues.boundText(c.text(), c.kind())).orElse("");
            period = join(start, " - ", end);
        }
        Optional<String> currency = r.get(TableField.CURRENCY).map(RowCells.Cell::text);
        try {
            return Optional.of(new Action(r.text(TableField.ACTION_NUMBER).strip(), domains.get(domain + '\u0000'
                    + description), false, description, periods.get(period), money(r.get(TableField.BUDGET)
                    .orElse(null), currency), r.text(TableField.ACTION_NOTE)));
        } catch (IllegalArgumentException e) {
            throw new CensusFormatException(run.source(), Location.row(run.sheet(), r.row()),
                    Messages.cut(e.getMessage(), 300));
        }
    }

    private static boolean hasActionText(RowCells r) {
        for (TableField f : ACTION_TEXTS) {
            if (!r.text(f).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Two texts as one, each kept as written when the other is blank. */
    private static String join(String a, String between, String b) {
        return a.isBlank() ? b : b.isBlank() ? a : a + between + b;
    }

    private MoneyText money(RowCells.Cell cell, Optional<String> rowCurrency) {
        if (cell == null) {
            return MoneyText.parse("");
        }
        String currency = cell.currency().or(() -> rowCurrency).filter(c -> !c.isBlank()).orElse("");
        return TableValues.warned(amounts.get(currency + '\u0000' + cell.text()),
                w -> run.warn(cell.row(), cell.column(), w));
    }

    private static DateText date(RowCells.Cell cell) {
        return cell == null ? DateText.parse("") : TableValues.date(cell.text(), cell.kind());
    }

    private static String text(Map<TableField, RowCells.Cell> values, TableField f) {
        RowCells.Cell c = values.get(f);
        return c == null ? "" : c.text().strip();
    }

    private static List<String> lines(RowCells.Cell cell) {
        if (cell == null) {
            return List.of();
        }
        return CellText.splitList(cell.text()).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<Party> parties(Map<TableField, RowCells.Cell> values, TableField field) {
        return lines(values.get(field)).stream().flatMap(line -> TableValues.parties(line, field).stream()).toList();
    }

    private List<String> regions(Map<TableField, RowCells.Cell> values, List<Party> partner) {
        Set<String> regions = new LinkedHashSet<>();
        for (TableField f : List.of(TableField.REGION, TableField.REGION_CODE)) {
            RowCells.Cell cell = values.get(f);
            for (String line : lines(cell)) {
                Optional<String> r = run.values().region(line);
                if (r.isPresent()) {
                    regions.add(r.get());
                } else {
                    regions.add(line);
                    run.warn(cell.row(), cell.column(), "unknown region \"" + CellText.shorten(line)
                            + "\", kept as written; expected one of " + run.edition().edition().regions()
                            + " or their codes");
                }
            }
        }
        if (regions.isEmpty()) {
            RowCells.Cell cell = values.get(TableField.PLACE);
            for (String line : lines(cell)) {
                run.values().regionOfPlace(line).ifPresentOrElse(regions::add, () -> run.warn(cell.row(),
                        cell.column(), "no region for the place \"" + CellText.shorten(line)
                                + "\": the edition's census does not know it"));
            }
        }
        if (regions.isEmpty()) {
            // No region column: the partner parties' own words ("Dianguirdé (cercle de Diéma)") or a place the
            // edition's census knows give it.
            for (Party p : partner) {
                Optional<String> r = p.placeAt("region").flatMap(run.values()::region)
                        .or(() -> run.values().regionOfPlace(p.name()))
                        .or(() -> p.place().stream().map(PlaceLevel::name).map(run.values()::regionOfPlace)
                                .flatMap(Optional::stream).findFirst());
                r.ifPresent(regions::add);
            }
        }
        return List.copyOf(regions);
    }

    private List<Contact> contacts(Map<TableField, RowCells.Cell> values) {
        List<Contact> contacts = new ArrayList<>();
        for (TableField f : List.of(TableField.FRENCH_CONTACT, TableField.PARTNER_CONTACT)) {
            RowCells.Cell cell = values.get(f);
            if (cell == null) {
                continue;
            }
            if (!run.includeContacts()) {
                if (!contactsSaid) {
                    contactsSaid = true;
                    run.warn(cell.row(), cell.column(), "contact persons are personal data and are left out; "
                            + "ask for them to read them (--include-contacts)");
                }
                continue;
            }
            ContactSide side = f == TableField.FRENCH_CONTACT ? ContactSide.FRANCE : ContactSide.PARTNER;
            for (String line : lines(cell)) {
                contacts.add(new Contact(side, line, "", line));
            }
        }
        return contacts;
    }

    /** The id: the id cell, else derived from the parties as the bundled census does ("angers-bamako"). */
    private String id(RowCells.Cell idCell, List<Party> french, List<Party> partner) {
        String base = idCell != null && !idCell.text().isBlank() ? idCell.text().strip()
                : slug(french.stream().findFirst().map(Party::name).orElse("") + "-"
                + partner.stream().findFirst().map(Party::name).orElse(""));
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Folded as every French text is ("Sœurs" is "soeurs"), words joined by "-". */
    static String slug(String text) {
        String folded = FrenchText.fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return folded.isEmpty() ? "partenariat" : folded;
    }
}
