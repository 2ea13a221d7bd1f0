package org.census.io.table;

import org.census.CensusFormatException;
import org.census.bundled.BundledCensus;
import org.census.io.spi.CensusSink;
import org.census.model.Action;
import org.census.model.Census;
import org.census.model.CensusEdition;
import org.census.model.CensusHeader;
import org.census.model.Contact;
import org.census.model.ContactSide;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.text.BudgetTrend;
import org.census.text.Continuation;
import org.census.text.DateText;
import org.census.text.GoverningDocument;
import org.census.text.MoneyText;
import org.census.domain.DomainCategory;
import org.census.io.table.internal.TableValues;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableReaderTest {
    static final Census BUNDLED = BundledCensus.load();
    private final TableReader reader = TableReader.of(BUNDLED);

    /** A sink that keeps what it gets. */
    static final class Kept implements CensusSink {
        final List<Partnership> partnerships = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        CensusHeader header;

        @Override
        public void start(CensusHeader h) {
        }

        @Override
        public void partnership(Partnership p) {
            partnerships.add(p);
        }

        @Override
        public void warning(String message) {
            warnings.add(message);
        }

        @Override
        public void end(CensusHeader h) {
            header = h;
        }

        Partnership get(String id) {
            return partnerships.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(
                    () -> new AssertionError("no " + id + " in " + partnerships.stream().map(Partnership::id).toList()));
        }
    }

    private static List<String> names(List<Party> parties) {
        return parties.stream().map(Party::name).toList();
    }

    private static BigDecimal eur(String s) {
        return new BigDecimal(s);
    }

    /** An export of the national atlas: one row per project, French headers, p-codes for regions. */
    static MemoryBook atlas() {
        return new MemoryBook().sheet("Export")
                .row(1, "Atlas français de la coopération décentralisée - export du 3 juin 2013")
                .row(3, "Collectivité française", "Collectivité partenaire", "Code région", "Intitulé du projet",
                        "Thématique", "Année de début", "Année de fin", "Montant (€)", "Source")
                .row(4, "Angers", "Commune de Bamako", "ML09", "Réhabilitation du CESCO", "Santé", "=2012", "=2013",
                        "=73000", "CUF")
                .row(5, "Mairie de Rennes", "Cercle de Bandiagara", "ML05", "Forage de puits",
                        "Eau et assainissement", "=2011", "", "=15000.5", "CUF")
                .row(6, "Angers", "Commune de Bamako", "ML09", "Formation des agents", "", "=2013", "",
                        "Entre 1500 et 3000€", "");
    }

    @Test
    void anAtlasExportConvertsFieldByField() {
        Kept kept = new Kept();
        TableReport report = reader.read(atlas(), "atlas.xlsx", Optional.empty(), Optional.empty(), kept);

        assertThat(kept.partnerships).extracting(Partnership::id)
                .containsExactly("angers-bamako", "rennes-cercle-de-bandiagara");
        Partnership angers = kept.get("angers-bamako");
        assertThat(names(angers.frenchParties())).containsExactly("Angers");
        // The core's parser of party names: the kind's words leave the name, the raw cell stays.
        assertThat(names(angers.partnerParties())).containsExactly("Bamako");
        assertThat(angers.partnerParties().get(0).raw()).isEqualTo("Commune de Bamako");
        assertThat(angers.partnerParties().get(0).kind()).isEqualTo(org.census.model.AuthorityKind.MUNICIPALITY);
        assertThat(angers.regions()).containsExactly("Bamako");
        assertThat(angers.actions()).hasSize(2);
        Action first = angers.actions().get(0);
        assertThat(first.description()).isEqualTo("Réhabilitation du CESCO");
        assertThat(first.domain().raw()).isEqualTo("Santé");
        assertThat(first.domain().category()).isEqualTo(DomainCategory.HEALTH);
        assertThat(first.period().raw()).isEqualTo("2012 - 2013");
        assertThat(first.period().earliest()).contains(LocalDate.of(2012, 1, 1));
        assertThat(first.period().latest()).contains(LocalDate.of(2013, 12, 31));
        assertThat(first.budget().raw()).isEqualTo("73000");
        assertThat(first.budget().lowEur()).contains(eur("73000"));
        Action second = angers.actions().get(1);
        assertThat(second.description()).isEqualTo("Formation des agents");
        assertThat(second.period().raw()).isEqualTo("2013");
        assertThat(second.budget().lowEur()).contains(eur("1500"));
        assertThat(second.budget().highEur()).contains(eur("3000"));
        Partnership rennes = kept.get("rennes-cercle-de-bandiagara");
        assertThat(rennes.regions()).containsExactly("Mopti");
        assertThat(rennes.actions()).singleElement().satisfies(a -> {
            assertThat(a.budget().lowEur()).contains(eur("15000.5"));
            assertThat(a.domain().raw()).isEqualTo("Eau et assainissement");
        });

        assertThat(report.sheet()).isEqualTo("Export");
        assertThat(report.shape()).isEqualTo(TableReport.RowShape.ACTION_ROWS);
        assertThat(report.partnerships()).isEqualTo(2);
        assertThat(report.actions()).isEqualTo(3);
        assertThat(report.skipped()).extracting(Object::toString).containsExactly(
                "row 1: above the header (title)");
        assertThat(report.unmappedColumns()).containsExactly("I \"Source\" (no field has this header)");
        assertThat(kept.warnings).containsExactly("atlas.xlsx: Export!3: columns not read: I \"Source\" (no field "
                + "has this header)");
        assertThat(report.mapping().headerRow()).isEqualTo(3);
        assertThat(report.mapping().firstDataRow()).isEqualTo(4);
    }

    /** A dashboard: title block, merged two-row header, a merged and blank partnership column, totals rows. */
    static MemoryBook dashboard() {
        return new MemoryBook().sheet("Synthèse").sheet("Tableau de bord")
                .row(1, "Tableau de bord des partenariats - Région de Tombouctou").merge(1, 1, 1, 6)
                .row(2, "Mis à jour le 8 novembre 2013")
                .row(4, "Collectivité française", "Partenaire", "Action", "Budget", "", "Région")
                .merge(4, 5, 1, 1).merge(4, 5, 2, 2).merge(4, 5, 3, 3).merge(4, 4, 4, 5).merge(4, 5, 6, 6)
                .row(5, "", "", "", "2012", "2013", "")
                .row(6, "Conseil général de l'Allier", "Niafunké", "Appui à la santé", "=1500", "=2000",
                        "Tombouctou").merge(6, 8, 1, 1)
                .row(7, "", "", "Écoles", "=500", "", "")
                .row(8, "", "", "Puits", "", "=1000", "")
                .row(9, "Commune de Thionville", "Gao", "Formation", "=300", "=300", "Gao")
                .row(10, "", "", "", "=2300", "=3300", "")
                .row(11, "TOTAL GÉNÉRAL", "", "", "=2300", "=3300", "")
                .row(13, "Source : Cités Unies France");
    }

    @Test
    void aDashboardConvertsFieldByField() {
        Kept kept = new Kept();
        TableReport report = reader.read(dashboard(), "bord.xlsx", Optional.empty(), Optional.empty(), kept);

        assertThat(report.sheet()).isEqualTo("Tableau de bord");
        assertThat(kept.partnerships).extracting(Partnership::id)
                .containsExactly("conseil-general-de-l-allier-niafunke", "thionville-gao");
        Partnership allier = kept.partnerships.get(0);
        assertThat(names(allier.frenchParties())).containsExactly("Conseil général de l'Allier");
        assertThat(names(allier.partnerParties())).containsExactly("Niafunké");
        assertThat(allier.regions()).containsExactly("Tombouctou");
        assertThat(allier.actions()).extracting(Action::description)
                .containsExactly("Appui à la santé", "Écoles", "Puits");
        assertThat(allier.actions()).extracting(a -> a.budget().raw())
                .containsExactly("2012 : 1500 €\n2013 : 2000 €", "2012 : 500 €", "2013 : 1000 €");
        MoneyText health = allier.actions().get(0).budget();
        assertThat(health.amountsEur()).containsExactly(eur("1500"), eur("2000"));
        assertThat(health.byPeriod()).hasSize(2);
        assertThat(allier.actions().get(2).budget().lowEur()).contains(eur("1000"));
        Partnership thionville = kept.partnerships.get(1);
        assertThat(thionville.regions()).containsExactly("Gao");
        assertThat(thionville.actions()).singleElement().satisfies(a ->
                assertThat(a.budget().amountsEur()).containsExactly(eur("300"), eur("300")));

        assertThat(report.skipped()).extracting(Object::toString).containsExactly(
                "row 1: above the header (title)", "row 2: above the header (title)",
                "row 10: a totals row (its numbers are the sums of their columns above)",
                "row 11: a totals row (\"TOTAL GÉNÉRAL\")", "row 12: blank",
                "row 13: a note (one cell, A): \"Source : Cités Unies France\"");
        assertThat(kept.warnings).contains("bord.xlsx: Tableau de bord!10: skipped: a totals row (its numbers are "
                + "the sums of their columns above)", "bord.xlsx: Tableau de bord!11: skipped: a totals row "
                + "(\"TOTAL GÉNÉRAL\")");
        assertThat(report.mapping().headerRows()).isEqualTo(2);
        assertThat(report.mapping().columns()).extracting(c -> c.header().orElse(""))
                .contains("Budget / 2012", "Budget / 2013");
    }

    /** An HXL 3W table: human headers over a hashtag row, currencies in a column, a contact column. */
    static MemoryBook threeW() {
        return new MemoryBook().sheet("3W")
                .row(1, "Organisation", "Avec", "Où", "Secteur", "Quoi", "Début", "Fin", "Budget", "Devise",
                        "Contact")
                .row(2, "#org+impl", "#org+partner", "#adm1+code", "#sector", "#activity", "#date+start",
                        "#date+end", "#value+budget", "#currency", "#contact")
                .row(3, "Région Rhône-Alpes", "Région de Tombouctou", "ML06", "Éducation", "Construction d'écoles",
                        "@2012-03-22", "@2013-06-30", "=1000000", "XOF", "M. Dupont")
                .row(4, "Ville de Lille", "Bandiagara", "ML05", "Santé", "Formation de sages-femmes", "2012",
                        "2013", "=5000", "EUR", "")
                .row(5, "Ville de Lille", "Bandiagara", "ML05", "Eau", "Puits", "", "", "=2000", "USD", "");
    }

    @Test
    void anHxlTableConvertsFieldByField() {
        Kept kept = new Kept();
        TableReport report = reader.read(threeW(), "3w.csv", Optional.empty(), Optional.empty(), kept);

        assertThat(report.mapping().hashtagRow()).hasValue(2);
        Partnership rhone = kept.get("region-rhone-alpes-region-de-tombouctou");
        assertThat(rhone.regions()).containsExactly("Tombouctou");
        assertThat(rhone.contacts()).isEmpty();
        Action schools = rhone.actions().get(0);
        assertThat(schools.description()).isEqualTo("Construction d'écoles");
        assertThat(schools.domain().raw()).isEqualTo("Éducation");
        assertThat(schools.period().raw()).isEqualTo("22/03/2012 - 30/06/2013");
        assertThat(schools.period().earliest()).contains(LocalDate.of(2012, 3, 22));
        assertThat(schools.budget().raw()).isEqualTo("1000000 XOF");
        // 1,000,000 / 655.957, to the cent.
        assertThat(schools.budget().lowEur()).contains(eur("1524.49"));
        Partnership lille = kept.get("lille-bandiagara");
        assertThat(lille.regions()).containsExactly("Mopti");
        assertThat(lille.actions()).extracting(a -> a.budget().raw()).containsExactly("5000 EUR", "2000 USD");
        assertThat(lille.actions().get(0).budget().lowEur()).contains(eur("5000"));
        assertThat(lille.actions().get(1).budget().isKnown()).isFalse();
        assertThat(kept.warnings).contains(
                "3w.csv: 3W!J3: contact persons are personal data and are left out; ask for them to read them "
                        + "(--include-contacts)",
                "3w.csv: 3W!H5: amount \"2000 USD\": currency \"USD\" is not read: only euros and CFA francs (XOF) "
                        + "are; the amount is kept as text");

        Kept withContacts = new Kept();
        reader.withContacts(true).read(threeW(), "3w.csv", Optional.empty(), Optional.empty(), withContacts);
        assertThat(withContacts.get("region-rhone-alpes-region-de-tombouctou").contacts())
                .containsExactly(new Contact(ContactSide.FRANCE, "M. Dupont", "", "M. Dupont"));
    }

    @Test
    void cellsOfOnePartnershipThatDisagreeAreReportedWithBoth() {
        MemoryBook book = new MemoryBook().sheet("F")
                .row(1, "Collectivité française", "Partenaire", "Région", "Action")
                .row(2, "Angers", "Bamako", "Bamako", "Une")
                .row(3, "Angers", "Bamako", "Kayes", "Deux");
        Kept kept = new Kept();
        reader.read(book, "f.csv", Optional.empty(), Optional.empty(), kept);
        assertThat(kept.partnerships).singleElement().satisfies(p -> assertThat(p.regions())
                .containsExactly("Bamako"));
        assertThat(kept.warnings).containsExactly("f.csv: F!C3: \"Kayes\" disagrees with C2 \"Bamako\" for the "
                + "region of one partnership; kept C2");
    }

    @Test
    void oneRowPerPartnershipWithoutActionColumnsIsValid() {
        MemoryBook book = new MemoryBook().sheet("F")
                .row(1, "Collectivité française", "Partenaire", "Cercle", "Date de signature", "Budget annuel",
                        "Poursuite")
                .row(2, "Orchies", "Bandiagara", "Bandiagara", "12/05/2004", "10 000 €", "Oui")
                .row(3, "Mulhouse", "Fakala", "Djenné", "2008", "=150000", "");
        Kept kept = new Kept();
        TableReport report = reader.read(book, "f.csv", Optional.empty(), Optional.empty(), kept);
        assertThat(report.shape()).isEqualTo(TableReport.RowShape.PARTNERSHIP_ROWS);
        Partnership orchies = kept.get("orchies-bandiagara");
        assertThat(orchies.actions()).isEmpty();
        // Bandiagara is a partner the bundled census places in Mopti.
        assertThat(orchies.regions()).containsExactly("Mopti");
        assertThat(orchies.notes()).containsExactly("Lieu : Bandiagara");
        assertThat(orchies.formalisation().earliest()).contains(LocalDate.of(2004, 5, 12));
        assertThat(orchies.annualBudget().lowEur()).contains(eur("10000"));
        assertThat(orchies.continuation().raw()).isEqualTo("Oui");
        assertThat(kept.get("mulhouse-fakala").annualBudget().raw()).isEqualTo("150000");
    }

    @Test
    void aCensusOfAnotherCountryConvertsTheSameWay() {
        CensusEdition ml = BUNDLED.edition();
        CensusEdition bf = new CensusEdition("bf-2020", "Coopération décentralisée franco-burkinabè",
                Optional.empty(), "CUF", "BF", "fr", LocalDate.of(2020, 1, 1), DateText.parse("2019"),
                LocalDate.of(2019, 1, 1), Optional.empty(), "CUF 2020", List.of("Centre", "Hauts-Bassins"));
        Partnership known = new Partnership("chambery-bobo", Optional.empty(), "", List.of("Hauts-Bassins"),
                DateText.parse(""), org.census.text.PartyText.french("Chambéry"), org.census.text.PartyText.partner(
                "Bobo-Dioulasso"), List.of(), List.of(), DateText.parse(""), GoverningDocument.parse(""),
                MoneyText.parse(""), Continuation.parse(""), BudgetTrend.parse(""), "", List.of(), "", List.of());
        Census edition = new Census(bf, List.of(known), Optional.empty(), List.of());
        MemoryBook book = new MemoryBook().sheet("BF")
                .row(1, "Collectivité française", "Partenaire", "Région", "Commune", "Action")
                .row(2, "Ville de Tours", "Ouagadougou", "centre", "", "Bibliothèque")
                .row(3, "Ville de Niort", "Bobo", "", "Bobo-Dioulasso", "Marché")
                .row(4, "Ville de Niort", "Kaya", "Centre-Nord", "", "Puits");
        Kept kept = new Kept();
        TableReader.of(edition).read(book, "bf.csv", Optional.empty(), Optional.empty(), kept);
        assertThat(kept.partnerships).extracting(Partnership::regions).containsExactly(List.of("Centre"),
                List.of("Hauts-Bassins"), List.of("Centre-Nord"));
        assertThat(kept.warnings).contains("bf.csv: BF!C4: unknown region \"Centre-Nord\", kept as written; "
                + "expected one of [Centre, Hauts-Bassins] or their codes");
        assertThat(kept.header.edition().id()).isEqualTo("bf-2020");
        assertThat(ml.partnerCountry()).isEqualTo("ML");
    }

    @Test
    void aMappingThatNamesColumnsTheSheetLacksListsThoseItHas() {
        TableMapping mapping = TableMapping.builder().headerRow(3).firstDataRow(4)
                .column(TableMapping.Column.of("Collectivité française", TableField.FRENCH_PARTY))
                .column(TableMapping.Column.of("Pays", TableField.REGION)).build();
        assertThatThrownBy(() -> reader.read(atlas(), "atlas.xlsx", Optional.empty(), Optional.of(mapping),
                new Kept())).isInstanceOf(CensusFormatException.class).hasMessage("atlas.xlsx: Export!3: the "
                + "mapping names columns the sheet lacks: \"Pays\"; the sheet has: A \"Collectivité française\", "
                + "B \"Collectivité partenaire\", C \"Code région\", D \"Intitulé du projet\", E \"Thématique\", "
                + "F \"Année de début\", G \"Année de fin\", H \"Montant (€)\", I \"Source\"");
    }

    @Test
    void aGivenMappingDecidesAndTheProposalSavesAsOne() {
        TableProposal proposal = reader.propose(atlas(), "atlas.xlsx", Optional.empty(), Optional.empty());
        assertThat(proposal.columns()).extracting(c -> c.letter() + " " + c.field().map(TableField::key)
                .orElse("-") + " " + c.score()).containsExactly("A french-party 100", "B partner-party 100",
                "C region-code 100", "D action 100", "E domain 100", "F start-date 100", "G end-date 100",
                "H budget 100", "I - 0");
        assertThat(proposal.columns().get(2).samples()).extracting(TableProposal.Sample::parsed)
                .containsExactly("region Bamako", "region Mopti", "region Bamako");
        assertThat(proposal.columns().get(7).samples()).extracting(TableProposal.Sample::parsed)
                .containsExactly("73000 €", "15000.5 €", "1500 to 3000 €");

        // The user's edit: the budget is in CFA francs, the theme not read.
        TableMapping.Builder edited = TableMapping.builder().headerRow(3).firstDataRow(4);
        for (TableMapping.Column c : proposal.mapping().columns()) {
            edited.column(c.letter().equals(Optional.of("H")) ? new TableMapping.Column(c.header(), c.letter(),
                    c.field(), Optional.of("FCFA")) : c.letter().equals(Optional.of("E"))
                    ? new TableMapping.Column(c.header(), c.letter(), Optional.empty(), Optional.empty()) : c);
        }
        TableMapping mapping = TableMapping.read(new java.io.ByteArrayInputStream(edited.build().toJson()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "mapping.json");
        Kept kept = new Kept();
        TableReport report = reader.read(atlas(), "atlas.xlsx", Optional.empty(), Optional.of(mapping), kept);
        Action first = kept.get("angers-bamako").actions().get(0);
        assertThat(first.budget().raw()).isEqualTo("73000 FCFA");
        assertThat(first.budget().lowEur()).contains(eur("111.29"));
        assertThat(first.domain().raw()).isEmpty();
        assertThat(report.unmappedColumns()).containsExactly("E \"Thématique\" (ignored)",
                "I \"Source\" (ignored)");
    }

    @Test
    void headersThatNameNoFieldAreNotReadAndFiguresAndIsoOrHxlDatesAreRead() {
        // As an atlas export and a CSV saved by Excel give them: text cells, not numbers or dates.
        MemoryBook book = new MemoryBook().sheet("F")
                .row(1, "Collectivité française", "Département", "Pays", "Partenaire", "Action", "Début", "Fin",
                        "Coût (€)")
                .row(2, "Angers", "Maine-et-Loire", "Mali", "Bamako", "Puits", "2012-10-01", "2012-12-31", "2015")
                .row(3, "Angers", "Maine-et-Loire", "Mali", "Bamako", "Écoles", "2013-Q1", "2013-Q2", "2301,94");
        Kept kept = new Kept();
        TableReport report = reader.read(book, "f.csv", Optional.empty(), Optional.empty(), kept);
        Partnership p = kept.get("angers-bamako");
        assertThat(names(p.frenchParties())).containsExactly("Angers");
        assertThat(p.thirdCountryParties()).isEmpty();
        assertThat(report.unmappedColumns()).containsExactly("B \"Département\" (not a field of the census)",
                "C \"Pays\" (not a field of the census)");
        Action well = p.actions().get(0);
        assertThat(well.period().raw()).isEqualTo("01/10/2012 - 31/12/2012");
        assertThat(well.period().earliest()).contains(LocalDate.of(2012, 10, 1));
        assertThat(well.period().latest()).contains(LocalDate.of(2012, 12, 31));
        // A figure alone in a budget column is an amount, not the year 2015.
        assertThat(well.budget().raw()).isEqualTo("2015");
        assertThat(well.budget().lowEur()).contains(eur("2015"));
        Action schools = p.actions().get(1);
        assertThat(schools.period().raw()).isEqualTo("1er trimestre 2013 - 2e trimestre 2013");
        assertThat(schools.period().earliest()).contains(LocalDate.of(2013, 1, 1));
        assertThat(schools.period().latest()).contains(LocalDate.of(2013, 6, 30));
        assertThat(schools.budget().lowEur()).contains(eur("2301.94"));
    }

    @Test
    void aSortedTableLongerThanTheBufferKeepsThePartnershipWhoseRowsAreStillComing() {
        // Each partnership's rows together; the buffer fills in the middle of one of them (a million-row CSV did).
        MemoryBook book = new MemoryBook().sheet("F").row(1, "Collectivité française", "Partenaire", "Description");
        String long32k = "x".repeat(32_000);
        int partnerships = 50;
        int perPartnership = 3;
        for (int p = 0; p < partnerships; p++) {
            for (int a = 0; a < perPartnership; a++) {
                book.row(2 + p * perPartnership + a, "Lille", "Commune " + p, long32k);
            }
        }
        Kept kept = new Kept();
        TableReport report = reader.read(book, "f.csv", Optional.empty(), Optional.empty(), kept);
        assertThat(kept.partnerships).hasSize(partnerships).allSatisfy(p -> assertThat(p.actions())
                .hasSize(perPartnership));
        assertThat(kept.partnerships).extracting(Partnership::id).doesNotHaveDuplicates();
        assertThat(report.actions()).isEqualTo((long) partnerships * perPartnership);
    }

    @Test
    void aPartnershipWhoseRowsComeBackAfterTheBufferWasWrittenIsAnErrorThatSaysToSort() {
        MemoryBook book = new MemoryBook().sheet("F").row(1, "Collectivité française", "Partenaire", "Description")
                .row(2, "Angers", "Bamako", "Première action");
        String long32k = "x".repeat(32_000);
        int rows = (int) (4_000_000 / 32_000) + 2;
        for (int i = 0; i < rows; i++) {
            book.row(3 + i, "Lille", "Commune " + i, long32k);
        }
        int back = 3 + rows;
        book.row(back, "Angers", "Bamako", "Retour");
        Kept kept = new Kept();
        assertThatThrownBy(() -> reader.read(book, "f.csv", Optional.empty(), Optional.empty(), kept))
                .isInstanceOf(CensusFormatException.class)
                .hasMessage("f.csv: F!" + back + ": this row belongs to the partnership of row 2, already written: "
                        + "rows of one partnership far apart are grouped while they hold less than 4,000,000 "
                        + "characters; sort the table by its partnership columns ([french-party, partner-party]) and "
                        + "convert again");
        // Written when the held rows passed the budget, before the row that came back.
        assertThat(kept.partnerships.size()).isBetween(100, rows);
        assertThat(kept.partnerships.get(0).id()).isEqualTo("angers-bamako");
        assertThat(kept.partnerships.get(1).id()).isEqualTo("lille-commune-0");
    }

    @Test
    void aSortedTableWhosePartnershipTheBufferCutsIsReadWhole() {
        MemoryBook book = new MemoryBook().sheet("F").row(1, "Collectivité française", "Partenaire", "Description");
        String long30k = "x".repeat(30_000);
        int row = 2;
        // 40 partnerships of 5 rows of 30,000 characters: the buffer (4,000,000) fills inside the 27th.
        for (int p = 0; p < 40; p++) {
            for (int a = 0; a < 5; a++) {
                book.row(row++, "Lille", "Commune " + p, a + long30k);
            }
        }
        Kept kept = new Kept();
        TableReport report = reader.read(book, "f.csv", Optional.empty(), Optional.empty(), kept);
        assertThat(kept.partnerships).hasSize(40).allSatisfy(p -> assertThat(p.actions()).hasSize(5));
        assertThat(kept.partnerships.get(26).id()).isEqualTo("lille-commune-26");
        assertThat(kept.partnerships.get(26).actions()).extracting(a -> a.description().charAt(0))
                .containsExactly('0', '1', '2', '3', '4');
        assertThat(report.actions()).isEqualTo(200);
    }

    @Test
    void aPartnershipWhoseRowsAlonePassTheBufferIsAnError() {
        MemoryBook book = new MemoryBook().sheet("F").row(1, "Collectivité française", "Partenaire", "Description");
        String long32k = "x".repeat(32_000);
        int rows = (int) (4_000_000 / 32_000) + 2;
        for (int i = 0; i < rows; i++) {
            book.row(2 + i, "Angers", "Bamako", long32k);
        }
        // Written when its rows pass the buffer, where the model refuses a record that large.
        assertThatThrownBy(() -> reader.read(book, "f.csv", Optional.empty(), Optional.empty(), new Kept()))
                .isInstanceOf(CensusFormatException.class)
                .hasMessageStartingWith("f.csv: F!2: partnership angers-bamako: 4000")
                .hasMessageEndingWith(" characters of text, more than the 4,000,000 a census holds in one record");
    }

    @Test
    void rowsOfOnePartnershipFarApartGroupWithinTheBuffer() {
        MemoryBook book = new MemoryBook().sheet("F").row(1, "Collectivité française", "Partenaire", "Description")
                .row(2, "Angers", "Bamako", "Une").row(3, "Lille", "Bandiagara", "Deux")
                .row(4, "Angers", "Bamako", "Trois");
        Kept kept = new Kept();
        reader.read(book, "f.csv", Optional.empty(), Optional.empty(), kept);
        assertThat(kept.get("angers-bamako").actions()).extracting(Action::description).containsExactly("Une",
                "Trois");
    }

    @Test
    void aHeaderBelowTheThirtiethRowIsNotLookedFor() {
        MemoryBook book = new MemoryBook().sheet("F");
        for (int r = 1; r <= org.census.io.table.internal.TableLayout.HEADER_SEARCH_ROWS; r++) {
            book.row(r, "Notice, ligne " + r);
        }
        book.row(org.census.io.table.internal.TableLayout.HEADER_SEARCH_ROWS + 1, "Collectivité française", "Partenaire")
                .row(org.census.io.table.internal.TableLayout.HEADER_SEARCH_ROWS + 2, "Angers", "Bamako");
        assertThatThrownBy(() -> reader.read(book, "f.csv", Optional.empty(), Optional.empty(), new Kept()))
                .isInstanceOf(CensusFormatException.class)
                .hasMessageStartingWith("f.csv: no table found: no row of the first 30 of sheet F");
        // Named in a mapping, it is read.
        TableMapping mapping = TableMapping.builder().headerRow(31).firstDataRow(32)
                .column(TableMapping.Column.of("Collectivité française", TableField.FRENCH_PARTY))
                .column(TableMapping.Column.of("Partenaire", TableField.PARTNER_PARTY)).build();
        Kept kept = new Kept();
        reader.read(book, "f.csv", Optional.empty(), Optional.of(mapping), kept);
        assertThat(kept.partnerships).extracting(Partnership::id).containsExactly("angers-bamako");
    }

    @Test
    void aHashtagRowBelowTheTwentyFifthRowIsNotTakenForOne() {
        MemoryBook book = new MemoryBook().sheet("F");
        book.row(1, "Collectivité française", "Partenaire", "Région");
        for (int r = 2; r <= 26; r++) {
            book.row(r, "Ville " + r, "Commune " + r, "Kayes");
        }
        book.row(27, "#org+impl", "#org+partner", "#adm1");
        Kept kept = new Kept();
        TableReport report = reader.read(book, "f.csv", Optional.empty(), Optional.empty(), kept);
        assertThat(report.mapping().hashtagRow()).isEmpty();
        assertThat(report.mapping().headerRow()).isEqualTo(1);
        assertThat(kept.partnerships).hasSize(26);
        assertThat(kept.get("org-impl-org-partner").regions()).containsExactly("#adm1");
    }

    @Test
    void aMappingOfMoreColumnsThanASheetHasIsRefused() {
        StringBuilder json = new StringBuilder("{\"columns\": [");
        for (int i = 0; i <= TableMapping.MAX_COLUMNS; i++) {
            json.append(i == 0 ? "" : ",").append("{\"header\": \"h").append(i).append("\", \"field\": \"note\"}");
        }
        json.append("]}");
        assertThatThrownBy(() -> TableMapping.read(new java.io.ByteArrayInputStream(json.toString().getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), "m.json")).isInstanceOf(CensusFormatException.class)
                .hasMessage("m.json: /columns: 16385 columns, more than the 16384 a sheet has");
    }
}
