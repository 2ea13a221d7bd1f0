package org.census.io.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.census.CensusException;
import org.census.CensusIOException;
import org.census.io.spi.CensusSink;
import org.census.model.Action;
import org.census.model.Census;
import org.census.model.CensusHeader;
import org.census.model.CensusEdition;
import org.census.model.Contact;
import org.census.model.Donor;
import org.census.model.EditionTexts;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.model.PlaceLevel;
import org.census.model.SolidarityFund;
import org.census.model.StatedFigure;
import org.census.overview.Overview;
import org.census.overview.OverviewFigure;
import org.census.text.DateText;
import org.census.text.MoneyText;

/**
 * Writes a census in the tables layout, one partnership at a time. The actions sheet streams straight into the
 * workbook; the partnerships, parties and contacts sheets wait in temporary files until it is done (a zip is written
 * one part at a time). The overview is computed when the census is small enough to hold
 * ({@value #OVERVIEW_ACTION_LIMIT} actions); beyond that its sheet says so.
 */
final class XlsxTablesWriter implements CensusSink {
    static final int OVERVIEW_ACTION_LIMIT = 100_000;

    private static final List<TablesLayout.Column> OVERVIEW_COLUMNS = List.of(
            TablesLayout.Column.text("Chiffre", 34),
            TablesLayout.Column.derived("Calculé", 16, TablesLayout.Kind.NUMBER),
            TablesLayout.Column.derived("Publié", 16, TablesLayout.Kind.NUMBER));

    private final OutputStream out;
    private WorkbookWriter workbook;
    private SheetWriter actionsSheet;
    private final List<SpooledSheet> spools = new ArrayList<>();
    private SpooledSheet partnerships;
    private SpooledSheet parties;
    private SpooledSheet contacts;
    private List<Partnership> held = new ArrayList<>();
    private long actions;

    XlsxTablesWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void start(CensusHeader header) {
        CensusIOException.run("cannot write the workbook", () -> {
            List<String> sheets = new ArrayList<>(List.of(TablesLayout.OVERVIEW, TablesLayout.PARTNERSHIPS.name(),
                    TablesLayout.PARTIES.name(), TablesLayout.CONTACTS.name(), TablesLayout.ACTIONS.name(),
                    TablesLayout.DONORS.name(), TablesLayout.STATED.name(), TablesLayout.EDITION.name()));
            if (!header.edition().texts().isEmpty()) {
                sheets.add(TablesLayout.TEXTS.name());
            }
            workbook = new WorkbookWriter(out, sheets, header.edition().title());
            partnerships = spool(TablesLayout.PARTNERSHIPS);
            parties = spool(TablesLayout.PARTIES);
            contacts = spool(TablesLayout.CONTACTS);
            actionsSheet = open(TablesLayout.ACTIONS.name(), TablesLayout.ACTIONS.columns());
        });
    }

    private SheetWriter open(String name, List<TablesLayout.Column> columns) throws IOException {
        return new SheetWriter(name, columns, workbook.beginSheet(name, columns));
    }

    private void close(SheetWriter sheet) throws IOException {
        sheet.finish();
        workbook.endSheet(sheet.name(), sheet.rows());
    }

    private SpooledSheet spool(TablesLayout.Sheet sheet) throws IOException {
        SpooledSheet spool = new SpooledSheet(sheet.name(), sheet.columns());
        spools.add(spool);
        return spool;
    }

    @Override
    public void partnership(Partnership p) {
        CensusIOException.run("cannot write the workbook", () -> {
            partnerships.row(new Object[] {p.id(), p.sameAs().orElse(null), p.sourceSection(), p.regions(),
                    p.updated().raw(), p.firstUpdate().orElse(null), p.formalisation().raw(),
                    p.formalisation().firstYear().orElse(null), p.governingDocument().raw(), p.annualBudget().raw(),
                    low(p.annualBudget()), high(p.annualBudget()), p.continuation().raw(),
                    p.continuation().status().name(), p.budgetTrend().raw(), p.budgetTrend().direction().name(),
                    p.localMeans(), p.perspectives(), p.notes(), p.personalParts()});
            parties(p.id(), TablesLayout.FRENCH, p.frenchParties());
            parties(p.id(), TablesLayout.PARTNER, p.partnerParties());
            parties(p.id(), TablesLayout.THIRD, p.thirdCountryParties());
            for (Contact c : p.contacts()) {
                contacts.row(new Object[] {p.id(), c.side().name(), c.name(), c.role(), c.raw()});
            }
            for (Action a : p.actions()) {
                DateText period = a.period();
                actionsSheet.row(new Object[] {p.id(), a.number(), a.domain().raw(),
                        a.domain().category().labelFr(), a.domainFromRowAbove() ? Boolean.TRUE : null,
                        a.description(), period.raw(), period.earliest().orElse(null), period.latest().orElse(null),
                        a.budget().raw(), low(a.budget()), high(a.budget()), a.note()});
            }
            actions += p.actions().size();
            if (held != null && actions <= OVERVIEW_ACTION_LIMIT) {
                held.add(p);
            } else {
                held = null;
            }
        });
    }

    private void parties(String id, String list, List<Party> ps) throws IOException {
        for (Party party : ps) {
            parties.row(new Object[] {id, list, party.name(), party.raw(), party.kind().name(), party.role().name(),
                    party.place().stream().map(PlaceLevel::level).toList(),
                    party.place().stream().map(PlaceLevel::name).toList(), party.country().orElse(null)});
        }
    }

    private static BigDecimal low(MoneyText m) {
        return m.lowEur().orElse(null);
    }

    private static BigDecimal high(MoneyText m) {
        return m.highEur().orElse(null);
    }

    @Override
    public void end(CensusHeader header) {
        CensusIOException.run("cannot write the workbook", () -> {
            close(actionsSheet);
            for (SpooledSheet spool : spools) {
                spool.copyTo(workbook);
            }
            SheetWriter donorsSheet = open(TablesLayout.DONORS.name(), TablesLayout.DONORS.columns());
            if (header.solidarityFund().isPresent()) {
                int n = 0;
                for (Donor d : header.solidarityFund().get().donors()) {
                    donorsSheet.row(new Object[] {++n, d.name(), d.amount().raw(), d.amount().exactEur().orElse(null)});
                }
            }
            close(donorsSheet);
            SheetWriter statedSheet = open(TablesLayout.STATED.name(), TablesLayout.STATED.columns());
            for (StatedFigure f : header.statedFigures()) {
                statedSheet.row(new Object[] {f.figure(), f.value(), f.raw()});
            }
            close(statedSheet);
            SheetWriter editionSheet = open(TablesLayout.EDITION.name(), TablesLayout.EDITION.columns());
            edition(editionSheet, header);
            close(editionSheet);
            if (!header.edition().texts().isEmpty()) {
                SheetWriter textsSheet = open(TablesLayout.TEXTS.name(), TablesLayout.TEXTS.columns());
                texts(textsSheet, header.edition().texts());
                close(textsSheet);
            }
            overview(header);
            workbook.finish();
        });
    }

    private void edition(SheetWriter sheet, CensusHeader header) throws IOException {
        CensusEdition e = header.edition();
        field(sheet, TablesLayout.ID, e.id());
        field(sheet, TablesLayout.TITLE, e.title());
        if (e.subtitle().isPresent()) {
            field(sheet, TablesLayout.SUBTITLE, e.subtitle().get());
        }
        field(sheet, TablesLayout.PUBLISHER, e.publisher());
        field(sheet, TablesLayout.COUNTRY, e.partnerCountry());
        field(sheet, TablesLayout.LANGUAGE, e.language());
        field(sheet, TablesLayout.EDITION_DATE, e.editionDate());
        field(sheet, TablesLayout.SURVEY, e.surveyPeriod().raw());
        field(sheet, TablesLayout.CRISIS, e.crisisReferenceDate());
        if (e.sourceUrl().isPresent()) {
            field(sheet, TablesLayout.URL, e.sourceUrl().get());
        }
        field(sheet, TablesLayout.SOURCE_LINE, e.sourceLine());
        field(sheet, TablesLayout.REGIONS, e.regions());
        if (e.publisherOrgId().isPresent()) {
            field(sheet, TablesLayout.PUBLISHER_ORG_ID, e.publisherOrgId().get());
        }
        if (header.solidarityFund().isPresent()) {
            SolidarityFund f = header.solidarityFund().get();
            field(sheet, TablesLayout.FUND, f.name());
            field(sheet, TablesLayout.FUND_AS_OF, f.asOf());
            if (f.printedTotalEur().isPresent()) {
                field(sheet, TablesLayout.FUND_TOTAL, f.printedTotalEur().get());
            }
        }
    }

    private static void texts(SheetWriter sheet, EditionTexts t) throws IOException {
        blocks(sheet, TablesLayout.TextPart.TITLE_PAGE, t.titlePage());
        blocks(sheet, TablesLayout.TextPart.FOREWORD, t.foreword());
        blocks(sheet, TablesLayout.TextPart.OVERVIEW, t.overview());
        blocks(sheet, TablesLayout.TextPart.NOTA_BENE, t.notaBene());
        for (EditionTexts.AnnouncedPartnership a : t.announced()) {
            sheet.row(new Object[] {TablesLayout.TextPart.ANNOUNCED.label, null, a.text(), a.region(),
                    a.after().orElse(null)});
        }
        blocks(sheet, TablesLayout.TextPart.CREDITS, t.credits());
        for (String part : t.personalParts()) {
            sheet.row(new Object[] {TablesLayout.TextPart.PERSONAL_PARTS.label, null, part, null, null});
        }
    }

    private static void blocks(SheetWriter sheet, TablesLayout.TextPart part, List<EditionTexts.TextBlock> blocks)
            throws IOException {
        for (EditionTexts.TextBlock b : blocks) {
            sheet.row(new Object[] {part.label, b.kind().name().toLowerCase(Locale.ROOT), b.text(), null, null});
        }
    }

    private static void field(SheetWriter sheet, String name, Object value) throws IOException {
        sheet.row(new Object[] {name, value});
    }

    /** The overview sheet: derived, never read back. */
    private void overview(CensusHeader header) throws IOException {
        SheetWriter sheet = open(TablesLayout.OVERVIEW, OVERVIEW_COLUMNS);
        if (held == null) {
            sheet.row(new Object[] {"Synthèse non calculée : plus de " + OVERVIEW_ACTION_LIMIT
                    + " actions ; voir la commande census overview", null, null});
            close(sheet);
            return;
        }
        Overview o = Overview.of(new Census(header.edition(), held, header.solidarityFund(), header.statedFigures()));
        for (OverviewFigure f : OverviewFigure.values()) {
            Optional<BigDecimal> stated = header.statedFigures().stream()
                    .filter(s -> s.figure().equals(f.key())).map(StatedFigure::value).findFirst();
            boolean euros = f == OverviewFigure.SOLIDARITY_FUND_EUR;
            sheet.row(new Object[] {f.label(Locale.FRENCH, header.edition()),
                    euros ? new SheetWriter.Euro(o.figure(f)) : o.figure(f),
                    stated.map(v -> euros ? (Object) new SheetWriter.Euro(v) : v).orElse(null)});
        }
        sheet.row(new Object[] {"Budgets annuels, total bas (€)", new SheetWriter.Euro(o.annualBudgets().lowEur()), null});
        sheet.row(new Object[] {"Budgets annuels, total haut (€)", new SheetWriter.Euro(o.annualBudgets().highEur()), null});
        sheet.row(new Object[] {"Budgets des actions, total bas (€)", new SheetWriter.Euro(o.actionBudgets().lowEur()), null});
        sheet.row(new Object[] {"Budgets des actions, total haut (€)", new SheetWriter.Euro(o.actionBudgets().highEur()), null});
        close(sheet);
    }

    @Override
    public void close() {
        CensusException failure = null;
        for (SpooledSheet spool : spools) {
            try {
                spool.close();
            } catch (IOException e) {
                failure = failure == null ? new CensusIOException("cannot remove a temporary file: " + e.getMessage(),
                        e) : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

}
