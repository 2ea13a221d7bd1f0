package org.census.io.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.census.CensusFormatException;
import org.census.CensusLimits;
import org.census.Location;
import org.census.io.internal.CellText;
import org.census.io.internal.ReadAhead;
import org.census.internal.ActionParser;
import org.census.internal.TextBudget;
import org.census.io.spi.CensusSink;
import org.census.model.Action;
import org.census.model.AuthorityKind;
import org.census.model.CensusHeader;
import org.census.model.CensusEdition;
import org.census.model.Contact;
import org.census.model.ContactSide;
import org.census.model.Donor;
import org.census.model.EditionTexts;
import org.census.model.EditionTexts.TextBlock;
import org.census.model.Partnership;
import org.census.internal.PartnershipIds;
import org.census.model.Party;
import org.census.model.PartyRole;
import org.census.model.PlaceLevel;
import org.census.model.SolidarityFund;
import org.census.model.StatedFigure;
import org.census.text.BudgetTrend;
import org.census.text.Continuation;
import org.census.text.DateText;
import org.census.text.GoverningDocument;
import org.census.text.MoneyText;

/**
 * Reads a workbook in the tables layout, one partnership at a time: the small sheets first (edition, figures,
 * donors), then the partnerships sheet with a cursor on each of its child sheets (parties, contacts, actions), whose
 * rows follow the partnerships' order as the writer puts them.
 */
final class XlsxTablesReader {
    private final XlsxPackage pkg;

    XlsxTablesReader(XlsxPackage pkg) {
        this.pkg = pkg;
    }

    /** A sheet with its header row read: columns found by their header text. */
    private static final class Table implements AutoCloseable {
        final SheetCursor cursor;
        final Map<String, Integer> columns = new HashMap<>();
        /** The characters of the record its rows belong to, shared by the tables of one record. */
        final TextBudget budget;
        boolean hasRow;

        Table(SheetCursor cursor, TablesLayout.Sheet layout) {
            this(cursor, layout, new TextBudget());
        }

        Table(SheetCursor cursor, TablesLayout.Sheet layout, TextBudget budget) {
            this.cursor = cursor;
            this.budget = budget;
            if (cursor.next()) {
                for (int c = 0; c < cursor.width(); c++) {
                    columns.putIfAbsent(cursor.text(c).strip(), c);
                }
            }
            BitSet read = new BitSet();
            for (TablesLayout.Column column : layout.columns()) {
                if (!column.derived() && !column.optional() && !columns.containsKey(column.header())) {
                    throw cursor.error("no column \"" + column.header() + "\" in the header row; the tables layout has "
                                    + layout.columns().stream().map(TablesLayout.Column::header).toList());
                }
                if (!column.derived() && columns.containsKey(column.header())) {
                    read.set(columns.get(column.header()));
                }
            }
            // Derived columns and a person's own are not read: the raw texts are the authority.
            cursor.onlyColumns(read);
            hasRow = cursor.next();
        }

        int col(String header) {
            return columns.get(header);
        }

        String text(String header) {
            return charged(col(header), cursor.text(col(header)));
        }

        List<String> list(String header) {
            List<String> list = cursor.list(col(header));
            list.forEach(item -> charged(col(header), item));
            return list;
        }

        /** The text of a cell of this table, counted in the record's budget. */
        String charged(int column, String text) {
            if (!budget.add(text)) {
                throw cursor.error(column, TextBudget.PROBLEM);
            }
            return text;
        }

        /** Fails, at the current row, when a list about to grow has reached its limit. */
        void requireRoom(List<?> list, int max, String header) {
            if (list.size() >= max) {
                throw cursor.error(col(header), CensusLimits.tooMany(list.size() + 1L, max));
            }
        }

        /** A number within the census's limits. */
        Optional<BigDecimal> number(String header) {
            Optional<BigDecimal> v = cursor.decimal(col(header));
            v.flatMap(CensusLimits::numberProblem).ifPresent(p -> {
                throw cursor.error(col(header), p);
            });
            return v;
        }

        /** The list in an optional column; empty where the workbook has no such column. */
        List<String> listIfPresent(String header) {
            return columns.containsKey(header) ? list(header) : List.of();
        }

        void advance() {
            hasRow = cursor.next();
        }

        @Override
        public void close() {
            cursor.close();
        }
    }

    /**
     * The first personal part that no text of its row holds. Reported once every sheet is read, since its likelier
     * cause, a row of actions given to another partnership, is reported first; no partnership reaches the sink after
     * it, unmarked.
     */
    private CensusFormatException badMark;

    void read(CensusSink sink) {
        TablesSheets.check(pkg.sheetNames(), pkg.source());
        CensusHeader header = header();
        sink.start(header);
        // A partnership's rows in its three sheets are one record; its actions, read on their own thread, another.
        TextBudget partnershipTexts = new TextBudget();
        try (Table partnerships = new Table(pkg.requireSheet(TablesLayout.PARTNERSHIPS.name()),
                TablesLayout.PARTNERSHIPS, partnershipTexts);
             Table parties = required(TablesLayout.PARTIES, partnershipTexts);
             Table contacts = required(TablesLayout.CONTACTS, partnershipTexts);
             ActionFeed actions = new ActionFeed(required(TablesLayout.ACTIONS))) {
            PartnershipIds ids = new PartnershipIds();
            for (; partnerships.hasRow; partnerships.advance()) {
                partnershipTexts.reset();
                Partnership p = partnership(partnerships, parties, contacts, actions, ids);
                if (badMark == null) {
                    sink.partnership(p);
                }
            }
            leftOver(parties);
            leftOver(contacts);
            actions.requireAllTaken();
            if (badMark != null) {
                throw badMark;
            }
        }
        pkg.reportUncomputed(sink::warning);
        sink.end(header);
    }

    private Table required(TablesLayout.Sheet layout) {
        return required(layout, new TextBudget());
    }

    private Table required(TablesLayout.Sheet layout, TextBudget budget) {
        return new Table(pkg.requireSheet(layout.name()), layout, budget);
    }

    private static void leftOver(Table child) {
        if (child.hasRow) {
            throw notInOrder(child.cursor, child.col(TablesLayout.PARTNERSHIP_ID), child.cursor.rowNumber(),
                    child.text(TablesLayout.PARTNERSHIP_ID));
        }
    }

    private static CensusFormatException notInOrder(SheetCursor cursor, int column, int row, String id) {
        return cursor.error(column, row, "partnership \"" + id + "\" is not in the Partenariats sheet, or its rows "
                + "are not in the order of that sheet; sort them by that order");
    }

    /**
     * The actions sheet, read and parsed on a thread of its own, most of a workbook's work, while the calling thread
     * reads the other sheets: its rows come as one batch per run of a partnership's rows, in sheet order, and an
     * error comes in its place in that order, so the reading fails where the one-thread reading would.
     */
    private static final class ActionFeed implements AutoCloseable {
        /** Actions of one partnership, from row {@code row}; {@code last} ends that partnership's. */
        private record Batch(String id, int row, List<Action> actions, boolean last) {
        }

        /**
         * A partnership's actions are cut into batches of about this many characters of text, and the queue holds
         * at most {@link #CAPACITY} batches: what is read ahead stays within a few megabytes whatever the rows hold
         * (a batch passes it by one row at most, 7 cells of 32,767 characters).
         */
        private static final int BATCH_CHARACTERS = 32_768;
        private static final int CAPACITY = 32;

        private final Table table;
        private final int idColumn;
        /** Made last: its thread reads the table. */
        private final ReadAhead<Batch> batches;

        ActionFeed(Table table) {
            this.table = table;
            this.idColumn = table.col(TablesLayout.PARTNERSHIP_ID);
            this.batches = new ReadAhead<>("census-xlsx-actions", CAPACITY, this::read);
        }

        private void read(ReadAhead.Output<Batch> out) {
            ActionParser parses = new ActionParser();
            SheetCursor c = table.cursor;
            int number = table.col("N°");
            int domain = table.col("Domaine");
            int fromAbove = table.col("Domaine de la ligne au-dessus");
            int description = table.col("Description");
            int period = table.col("Période");
            int budget = table.col("Budget");
            int note = table.col("Note");
            String id = table.hasRow ? c.text(idColumn) : null;
            while (table.hasRow && !out.stopped()) {
                int row = c.rowNumber();
                table.budget.reset();
                List<Action> rows = new ArrayList<>();
                int count = 0;
                long batchStart = 0;
                String rowId = id;
                while (rowId.equals(id) && !out.stopped()) {
                    if (count++ == CensusLimits.MAX_ACTIONS_PER_PARTNERSHIP) {
                        // Refused before the list grows: a million actions of one partnership would fill the heap.
                        throw c.error(idColumn, "more than " + CensusLimits.MAX_ACTIONS_PER_PARTNERSHIP
                                + " actions for partnership \"" + CellText.shorten(id) + "\", the most a census "
                                + "holds; split the partnership");
                    }
                    rows.add(parses.action(table.charged(number, c.text(number)),
                            table.charged(domain, c.text(domain)), c.flag(fromAbove),
                            table.charged(description, c.text(description)), table.charged(period, c.text(period)),
                            table.charged(budget, c.text(budget)), table.charged(note, c.text(note))));
                    table.advance();
                    if (!table.hasRow) {
                        break;
                    }
                    rowId = c.text(idColumn);
                    if (rowId.equals(id) && table.budget.used() - batchStart >= BATCH_CHARACTERS) {
                        out.put(new Batch(id, row, rows, false));
                        rows = new ArrayList<>();
                        batchStart = table.budget.used();
                        row = c.rowNumber();
                    }
                }
                out.put(new Batch(id, row, rows, true));
                id = rowId;
            }
        }

        /** The actions of a partnership: the next batches, if they are that partnership's. */
        List<Action> take(String id) {
            Batch next = batches.peek();
            if (next == null || !next.id().equals(id)) {
                return List.of();
            }
            batches.next();
            if (next.last()) {
                return next.actions();
            }
            List<Action> all = new ArrayList<>(next.actions());
            // The maker ends each partnership with its last batch, or fails, and then next() throws its failure.
            for (next = batches.next(); next != null; next = next.last() ? null : batches.next()) {
                all.addAll(next.actions());
            }
            return all;
        }

        /** Fails if rows are left: a partnership that is not in the partnerships sheet, or rows out of order. */
        void requireAllTaken() {
            Batch next = batches.peek();
            if (next != null) {
                throw notInOrder(table.cursor, idColumn, next.row(), next.id());
            }
        }

        /** Stops the reading thread and waits for it, then closes the cursor it was reading. */
        @Override
        public void close() {
            batches.close();
            table.close();
        }
    }

    private CensusHeader header() {
        Map<String, Integer> fields = new HashMap<>();
        List<Object[]> edition = new ArrayList<>();
        CensusEdition e;
        Optional<SolidarityFund> fund;
        try (Table sheet = new Table(pkg.requireSheet(TablesLayout.EDITION.name()), TablesLayout.EDITION)) {
            Function<String, Optional<Integer>> row = name -> Optional.ofNullable(fields.get(name));
            List<String[]> texts = new ArrayList<>();
            List<LocalDate[]> dates = new ArrayList<>();
            List<Optional<BigDecimal>> numbers = new ArrayList<>();
            List<Location> where = new ArrayList<>();
            int valueColumn = sheet.col("Valeur");
            for (; sheet.hasRow; sheet.advance()) {
                String name = sheet.text("Champ").strip();
                if (fields.containsKey(name)) {
                    throw sheet.cursor.error(sheet.col("Champ"), "the field \"" + name + "\" is given twice");
                }
                fields.put(name, texts.size());
                SheetCursor.Type type = sheet.cursor.type(valueColumn);
                texts.add(new String[] {sheet.charged(valueColumn, name.equals(TablesLayout.REGIONS)
                        ? sheet.cursor.listText(valueColumn) : sheet.cursor.text(valueColumn))});
                dates.add(new LocalDate[] {isDateField(name) ? date(sheet.cursor, valueColumn) : null});
                numbers.add(name.equals(TablesLayout.FUND_TOTAL) ? sheet.number("Valeur") : Optional.empty());
                where.add(sheet.cursor.at(valueColumn));
                edition.add(new Object[] {type});
            }
            Function<String, String> text = name -> row.apply(name).map(i -> texts.get(i)[0])
                    .orElseThrow(() -> new CensusFormatException(pkg.source(),
                            Location.sheet(TablesLayout.EDITION.name()),
                            "no row \"" + name + "\"; the edition needs " + List.of(TablesLayout.ID,
                                    TablesLayout.TITLE, TablesLayout.PUBLISHER, TablesLayout.COUNTRY,
                                    TablesLayout.EDITION_DATE, TablesLayout.CRISIS)));
            Function<String, LocalDate> date = name -> {
                text.apply(name);
                int i = fields.get(name);
                if (dates.get(i)[0] == null) {
                    throw new CensusFormatException(pkg.source(), where.get(i), "expected a date");
                }
                return dates.get(i)[0];
            };
            Function<String, Optional<String>> optional = name -> row.apply(name).map(i -> texts.get(i)[0]);
            try {
                e = new CensusEdition(text.apply(TablesLayout.ID), text.apply(TablesLayout.TITLE),
                        optional.apply(TablesLayout.SUBTITLE), text.apply(TablesLayout.PUBLISHER),
                        text.apply(TablesLayout.COUNTRY), optional.apply(TablesLayout.LANGUAGE).orElse("fr"),
                        date.apply(TablesLayout.EDITION_DATE),
                        DateText.parse(optional.apply(TablesLayout.SURVEY).orElse("")),
                        date.apply(TablesLayout.CRISIS), optional.apply(TablesLayout.URL),
                        optional.apply(TablesLayout.SOURCE_LINE).orElse(text.apply(TablesLayout.PUBLISHER)),
                        CellText.splitList(optional.apply(TablesLayout.REGIONS).orElse("")),
                        optional.apply(TablesLayout.PUBLISHER_ORG_ID).map(String::strip));
            } catch (IllegalArgumentException ex) {
                throw new CensusFormatException(pkg.source(),
                            Location.sheet(TablesLayout.EDITION.name()), ex.getMessage());
            }
            e = e.withTexts(pkg.sheet(TablesLayout.TEXTS.name()).map(this::texts).orElse(EditionTexts.NONE));
            fund = optional.apply(TablesLayout.FUND).isEmpty() ? Optional.empty() : Optional.of(
                    new SolidarityFund(text.apply(TablesLayout.FUND), date.apply(TablesLayout.FUND_AS_OF),
                            donors(), row.apply(TablesLayout.FUND_TOTAL).flatMap(numbers::get)));
        }
        return new CensusHeader(e, fund, figures());
    }

    /** The edition's texts, from their sheet: one record, each part at most as long as a list of a census. */
    private EditionTexts texts(SheetCursor cursor) {
        Map<TablesLayout.TextPart, List<TextBlock>> blocks = new EnumMap<>(TablesLayout.TextPart.class);
        for (TablesLayout.TextPart part : TablesLayout.TextPart.values()) {
            blocks.put(part, new ArrayList<>());
        }
        List<EditionTexts.AnnouncedPartnership> announced = new ArrayList<>();
        List<String> personalParts = new ArrayList<>();
        try (Table sheet = new Table(cursor, TablesLayout.TEXTS)) {
            for (; sheet.hasRow; sheet.advance()) {
                String label = sheet.text("Partie").strip();
                TablesLayout.TextPart part = TablesLayout.TextPart.named(label).orElseThrow(() -> sheet.cursor.error(
                        sheet.col("Partie"), "unknown part \"" + CellText.shorten(label) + "\"; expected one of "
                        + TablesLayout.TextPart.labels()));
                String type = sheet.text("Type").strip();
                String text = sheet.text("Texte");
                String region = sheet.text("Région");
                String after = sheet.text("Après").strip();
                List<?> list = part == TablesLayout.TextPart.ANNOUNCED ? announced
                        : part == TablesLayout.TextPart.PERSONAL_PARTS ? personalParts : blocks.get(part);
                sheet.requireRoom(list, CensusLimits.MAX_LIST_LENGTH, "Partie");
                if (part == TablesLayout.TextPart.ANNOUNCED) {
                    requireEmpty(sheet, "Type", type, part);
                    announced.add(new EditionTexts.AnnouncedPartnership(region, text,
                            after.isEmpty() ? Optional.empty() : Optional.of(after)));
                    continue;
                }
                requireEmpty(sheet, "Région", region, part);
                requireEmpty(sheet, "Après", after, part);
                if (part == TablesLayout.TextPart.PERSONAL_PARTS) {
                    requireEmpty(sheet, "Type", type, part);
                    personalParts.add(text);
                } else {
                    blocks.get(part).add(new TextBlock(blockKind(sheet, type), text));
                }
            }
        }
        try {
            return new EditionTexts(blocks.get(TablesLayout.TextPart.TITLE_PAGE),
                    blocks.get(TablesLayout.TextPart.FOREWORD), blocks.get(TablesLayout.TextPart.OVERVIEW),
                    blocks.get(TablesLayout.TextPart.NOTA_BENE), announced, blocks.get(TablesLayout.TextPart.CREDITS),
                    personalParts);
        } catch (IllegalArgumentException ex) {
            throw new CensusFormatException(pkg.source(), Location.sheet(TablesLayout.TEXTS.name()), ex.getMessage());
        }
    }

    /** A block's kind as the JSON format names it ("paragraph"). */
    private static TextBlock.Kind blockKind(Table sheet, String type) {
        for (TextBlock.Kind kind : TextBlock.Kind.values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(type)) {
                return kind;
            }
        }
        throw sheet.cursor.error(sheet.col("Type"), "unknown type \"" + CellText.shorten(type) + "\"; expected one "
                + "of [heading, paragraph, item, footnote]");
    }

    /** A cell of a column that the part does not use is left empty: a value there would be lost. */
    private static void requireEmpty(Table sheet, String header, String value, TablesLayout.TextPart part) {
        if (!value.isBlank()) {
            throw sheet.cursor.error(sheet.col(header), "a row of \"" + part.label + "\" has no " + header
                    + "; leave the cell empty");
        }
    }

    /** A date cell's day, within the census's years; null when the cell is empty. */
    private static LocalDate date(SheetCursor cursor, int column) {
        LocalDate day = cursor.date(column).orElse(null);
        if (day != null) {
            CensusLimits.DEFAULT.dateProblem(day).ifPresent(p -> {
                throw cursor.error(column, p);
            });
        }
        return day;
    }

    private static boolean isDateField(String name) {
        return name.equals(TablesLayout.EDITION_DATE) || name.equals(TablesLayout.CRISIS)
                || name.equals(TablesLayout.FUND_AS_OF);
    }

    private List<Donor> donors() {
        List<Donor> donors = new ArrayList<>();
        try (Table sheet = required(TablesLayout.DONORS)) {
            for (; sheet.hasRow; sheet.advance()) {
                sheet.requireRoom(donors, CensusLimits.MAX_DONORS, "Donateur");
                donors.add(new Donor(sheet.text("Donateur"), MoneyText.parse(sheet.text("Montant"))));
            }
        }
        return donors;
    }

    private List<StatedFigure> figures() {
        List<StatedFigure> figures = new ArrayList<>();
        try (Table sheet = required(TablesLayout.STATED)) {
            for (; sheet.hasRow; sheet.advance()) {
                sheet.requireRoom(figures, CensusLimits.MAX_LIST_LENGTH, "Chiffre");
                int value = sheet.col("Valeur");
                BigDecimal v = sheet.number("Valeur")
                        .orElseThrow(() -> sheet.cursor.error(value, "expected the figure's value"));
                figures.add(new StatedFigure(sheet.text("Chiffre"), v, sheet.text("Texte")));
            }
        }
        return figures;
    }

    private Partnership partnership(Table t, Table parties, Table contacts, ActionFeed actions,
                                    PartnershipIds ids) {
        int idColumn = t.col("Identifiant");
        String id = t.text("Identifiant");
        if (id.isBlank()) {
            throw t.cursor.error(idColumn, "a partnership needs an identifier");
        }
        String sameAsText = t.text("Identique à");
        Optional<String> sameAs = sameAsText.isEmpty() ? Optional.empty() : Optional.of(sameAsText);
        List<Party> french = new ArrayList<>();
        List<Party> partner = new ArrayList<>();
        List<Party> third = new ArrayList<>();
        for (; parties.hasRow && belongs(parties, id); parties.advance()) {
            String list = parties.text("Liste");
            List<Party> target = switch (list) {
                case TablesLayout.FRENCH -> french;
                case TablesLayout.PARTNER -> partner;
                case TablesLayout.THIRD -> third;
                default -> throw parties.cursor.error(parties.col("Liste"), "unknown list \"" + list
                        + "\"; expected one of " + List.of(TablesLayout.FRENCH, TablesLayout.PARTNER,
                        TablesLayout.THIRD));
            };
            parties.requireRoom(target, CensusLimits.MAX_LIST_LENGTH, "Liste");
            target.add(party(parties));
        }
        List<Contact> people = new ArrayList<>();
        for (; contacts.hasRow && belongs(contacts, id); contacts.advance()) {
            contacts.requireRoom(people, CensusLimits.MAX_LIST_LENGTH, "Nom");
            people.add(new Contact(enumValue(contacts, "Côté", ContactSide.class), contacts.text("Nom"),
                    contacts.text("Fonction"), contacts.text("Texte d'origine")));
        }
        List<Action> rows = actions.take(id);
        Partnership p = new Partnership(id, sameAs, t.text("Section"), t.list("Régions"),
                DateText.parse(t.text("Mise à jour")), french, partner, third, people,
                DateText.parse(t.text("Formalisation")), GoverningDocument.parse(t.text("Document")),
                MoneyText.parse(t.text("Budget annuel")), Continuation.parse(t.text("Poursuite depuis la crise")),
                BudgetTrend.parse(t.text("Évolution du budget")), t.text("Moyens locaux"), rows,
                t.text("Perspectives"), t.list("Notes"));
        ids.add(p).ifPresent(v -> {
            throw t.cursor.error(v.field() == PartnershipIds.Field.ID ? idColumn : t.col("Identique à"),
                    v.problem());
        });
        // Marked after the identity rule, whose breach (an id retyped) would leave the row's actions elsewhere.
        List<String> personal = t.listIfPresent(TablesLayout.PERSONAL_PARTS);
        try {
            return personal.isEmpty() ? p : p.withPersonalParts(personal);
        } catch (IllegalArgumentException e) {
            if (badMark == null) {
                badMark = t.cursor.error(t.col(TablesLayout.PERSONAL_PARTS), e.getMessage());
            }
            return p;
        }
    }

    private static boolean belongs(Table child, String id) {
        // Not counted in the record's budget: each child row repeats the id, which the partnership holds once.
        return child.cursor.text(child.col(TablesLayout.PARTNERSHIP_ID)).equals(id);
    }

    private static Party party(Table t) {
        List<String> levels = t.list("Niveaux");
        List<String> places = t.list("Lieux");
        if (levels.size() != places.size()) {
            throw t.cursor.error(t.col("Lieux"), levels.size() + " levels (Niveaux) but " + places.size()
                    + " places (Lieux); give one place per level, one per line");
        }
        List<PlaceLevel> place = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            place.add(new PlaceLevel(levels.get(i), places.get(i)));
        }
        String country = t.text("Pays");
        return new Party(t.text("Nom"), t.text("Texte d'origine"), enumValue(t, "Type", AuthorityKind.class),
                enumValue(t, "Rôle", PartyRole.class), place,
                country.isEmpty() ? Optional.empty() : Optional.of(country));
    }

    private static <E extends Enum<E>> E enumValue(Table t, String header, Class<E> type) {
        String v = t.text(header).strip();
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw t.cursor.error(t.col(header), "unknown value \"" + CellText.shorten(v) + "\"; expected one of "
                    + List.of(type.getEnumConstants()));
        }
    }
}
