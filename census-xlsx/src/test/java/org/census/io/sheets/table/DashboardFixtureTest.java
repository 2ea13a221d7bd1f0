package org.census.io.sheets.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.census.io.sheets.table.Fixtures.at;
import static org.census.io.sheets.table.Fixtures.bundled;
import static org.census.io.sheets.table.Fixtures.budgets;
import static org.census.io.sheets.table.Fixtures.names;
import static org.census.io.sheets.table.Fixtures.periods;
import static org.census.io.sheets.table.Fixtures.sameAsBundled;

import java.math.BigDecimal;

import org.census.io.table.TableCensus;
import org.census.io.table.TableReport;
import org.census.model.AuthorityKind;
import org.census.model.Partnership;
import org.census.model.PlaceLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * dashboard.xlsx, .xls and .ods (one dashboard saved by LibreOffice three ways): a title block, a merged two-row
 * header ("Partenariat / Collectivité française", ...), partnership cells merged down their actions, one amount in
 * CFA francs, a "TOTAL GÉNÉRAL" row with a formula and a source note below the table.
 */
class DashboardFixtureTest {
    private static final String SHEET = "Suivi 2013";
    private final TableCensus read = Fixtures.read("dashboard.xlsx");

    @Test
    void itConvertsFieldByField() {
        assertThat(read.census().partnerships()).extracting(Partnership::id).containsExactly(
                "montreuil-syndicat-meraguemou-de-yelimane", "ivry-sur-seine-dianguirde");
        Partnership montreuil = read.census().partnerships().get(0);
        assertThat(montreuil.frenchParties()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Montreuil");
            assertThat(p.raw()).isEqualTo("Ville de Montreuil");
            assertThat(p.kind()).isEqualTo(AuthorityKind.MUNICIPALITY);
        });
        assertThat(montreuil.partnerParties()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Syndicat Meraguemou de Yélimané");
            assertThat(p.kind()).isEqualTo(AuthorityKind.SYNDICATE);
        });
        // No column names a region: the title's "Région de Kayes" is a title.
        assertThat(montreuil.regions()).isEmpty();
        // The merged partnership cells fill down: all six actions of the form, in one partnership.
        sameAsBundled(montreuil.actions(), bundled("montreuil-yelimane").actions());
        assertThat(periods(montreuil.actions())).isEqualTo(periods(bundled("montreuil-yelimane").actions()))
                .containsExactly("Mai 2012 à mars 2013", "Mai 2012 à mai 2013", "Septembre 2012", "Novembre 2012",
                        "Mars 2013 à juillet 2013", "01/03/13");
        assertThat(budgets(montreuil.actions())).containsExactly("25000 EUR", "127000 EUR", "13119140 FCFA", "",
                "17000 EUR", "100000 EUR");
        // 13,119,140 FCFA at the fixed parity of 655.957 to the euro: the form's 20,000 €.
        assertThat(montreuil.actions().get(2).budget().lowEur()).hasValueSatisfying(v ->
                assertThat(v).isEqualByComparingTo(new BigDecimal("20000.00")));
        assertThat(montreuil.actions().get(3).budget().isKnown()).isFalse();

        Partnership ivry = read.census().partnerships().get(1);
        assertThat(names(ivry.frenchParties())).containsExactly("Ivry-sur-Seine");
        assertThat(ivry.partnerParties()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Dianguirdé");
            assertThat(p.raw()).isEqualTo("Dianguirdé (cercle de Diéma)");
            assertThat(p.place()).extracting(PlaceLevel::name).containsExactly("Diéma", "Dianguirdé");
        });
        sameAsBundled(ivry.actions(), bundled("ivry-sur-seine-dianguirde").actions());
        assertThat(periods(ivry.actions())).containsExactly("2012", "2007-2010", "2003-2013");
        assertThat(ivry.actions().get(1).description()).isEqualTo("Stage d'infirmières\nAccueil d'un infirmier\n"
                + "Formation des agents de santé (1er secours et suivi de grossesse)");
    }

    @Test
    void theTitleTotalsAndNoteAreSkippedAndNamed() {
        TableReport report = read.report();
        assertThat(report.sheet()).isEqualTo(SHEET);
        assertThat(report.mapping().headerRow()).isEqualTo(4);
        assertThat(report.mapping().headerRows()).isEqualTo(2);
        assertThat(report.mapping().firstDataRow()).isEqualTo(6);
        assertThat(report.mapping().columns()).extracting(c -> c.header().orElse("") + " = "
                + c.field().map(f -> f.key()).orElse("-")).containsExactly(
                "Partenariat / Collectivité française = french-party",
                "Partenariat / Collectivité malienne = partner-party", "Action / Domaine = domain",
                "Action / Intitulé = action", "Action / Période = period", "Budget / Montant = budget",
                "Budget / Devise = currency");
        assertThat(report.unmappedColumns()).isEmpty();
        assertThat(report.skipped()).extracting(Object::toString).containsExactly(
                "row 1: above the header (title)", "row 2: above the header (title)",
                "row 15: a totals row (\"TOTAL GÉNÉRAL\")", "row 16: blank",
                "row 17: a note (one cell, A): \"Source : fiches de la coopération décen…\"");
        String at = at("dashboard.xlsx", SHEET);
        assertThat(report.warnings()).containsExactly(at + "15: skipped: a totals row (\"TOTAL GÉNÉRAL\")",
                at + "17: skipped: a note (one cell, A): \"Source : fiches de la coopération décen…\"");
        assertThat(report.partnerships()).isEqualTo(2);
        assertThat(report.actions()).isEqualTo(9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dashboard.xls", "dashboard.ods"})
    void theSameDashboardSavedAsXlsOrOdsGivesTheSameCensus(String name) {
        TableCensus copy = Fixtures.read(name);
        assertThat(copy.census()).isEqualTo(read.census());
        assertThat(copy.report().skipped()).isEqualTo(read.report().skipped());
        assertThat(copy.report().mapping()).isEqualTo(read.report().mapping());
    }
}
