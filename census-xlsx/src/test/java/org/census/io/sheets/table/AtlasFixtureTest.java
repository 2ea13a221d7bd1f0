package org.census.io.sheets.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.census.io.sheets.table.Fixtures.at;
import static org.census.io.sheets.table.Fixtures.bundled;
import static org.census.io.sheets.table.Fixtures.budgets;
import static org.census.io.sheets.table.Fixtures.get;
import static org.census.io.sheets.table.Fixtures.names;
import static org.census.io.sheets.table.Fixtures.periods;
import static org.census.io.sheets.table.Fixtures.sameAsBundled;

import java.math.BigDecimal;
import java.util.List;

import org.census.io.table.TableCensus;
import org.census.io.table.TableReport;
import org.census.model.Action;
import org.census.model.AuthorityKind;
import org.census.model.Partnership;
import org.junit.jupiter.api.Test;

/**
 * atlas.xlsx: an export of the national atlas, one row per project, French headers, the partner's region as an OCHA
 * p-code, amounts as numbers, and a department and a country column that hold no field of the census.
 */
class AtlasFixtureTest {
    private final TableCensus read = Fixtures.read("atlas.xlsx");

    @Test
    void itConvertsToThePartnershipsOfTheBundledCensusFieldByField() {
        assertThat(read.census().partnerships()).extracting(Partnership::id).containsExactly(
                "marolles-en-hurepoix-lakamane", "cachan-diakon", "gentilly-duguwolowila");
        for (Partnership p : read.census().partnerships()) {
            Partnership source = bundled(p.id());
            assertThat(p.regions()).as(p.id()).isEqualTo(source.regions());
            assertThat(p.thirdCountryParties()).as(p.id()).isEmpty();
            assertThat(p.contacts()).isEmpty();
            sameAsBundled(p.actions(), source.actions());
            assertThat(periods(p.actions())).isEqualTo(periods(source.actions()));
        }

        Partnership marolles = get(read, "marolles-en-hurepoix-lakamane");
        assertThat(names(marolles.frenchParties())).containsExactly("Marolles-en-Hurepoix");
        assertThat(marolles.frenchParties().get(0).kind()).isEqualTo(AuthorityKind.MUNICIPALITY);
        assertThat(names(marolles.partnerParties())).containsExactly("Lakamané");
        // ML01, the OCHA p-code of Kayes; ML02 of Koulikoro.
        assertThat(marolles.regions()).containsExactly("Kayes");
        assertThat(get(read, "gentilly-duguwolowila").regions()).containsExactly("Koulikoro");
        assertThat(marolles.actions()).extracting(Action::description).containsExactly(
                "Soutien aux villages, fourniture banque de céréales intervillageoise",
                "Réalisation d'un micro-barrage Bougoutintin-Balandougou (120 Ha) (Programme 2010-2012)",
                "Equipements solaires / Forages –villages Guingui et Foutougou (Programme 2010-2012)",
                "Association des femmes de Lakamané",
                "Réduction de la fracture numérique –Mairie de Lakamané (Programme 2010-2012)");
        assertThat(periods(marolles.actions())).containsExactly("Avril à juin 2012", "Mai à Septembre 2012",
                "Septembre à Octobre 2012", "Octobre 2012", "Avril à Juin 2013");
        // Numbers in the cells: the raw text is the number, the figure in euros (the header says €).
        assertThat(budgets(marolles.actions())).containsExactly("3000", "131155", "35125", "400", "17189");
        assertThat(marolles.actions().get(1).budget().lowEur()).hasValue(new BigDecimal("131155"));
        assertThat(marolles.actions().get(0).period().earliest()).hasValueSatisfying(d ->
                assertThat(d).hasToString("2012-04-01"));

        Partnership cachan = get(read, "cachan-diakon");
        assertThat(names(cachan.frenchParties())).containsExactly("Cachan");
        assertThat(names(cachan.partnerParties())).containsExactly("Diakon");
        assertThat(cachan.actions()).singleElement().satisfies(a -> {
            assertThat(a.description()).isEqualTo("Aménagement du bas fonds de Kembé (en cours)");
            assertThat(a.period().ongoing()).isTrue();
            assertThat(a.budget().lowEur()).hasValue(new BigDecimal("28200"));
        });
    }

    @Test
    void theDepartmentAndCountryColumnsAreNamedAsNotRead() {
        TableReport report = read.report();
        assertThat(report.sheet()).isEqualTo("Export");
        assertThat(report.shape()).isEqualTo(TableReport.RowShape.ACTION_ROWS);
        assertThat(report.rows()).isEqualTo(8);
        assertThat(report.partnerships()).isEqualTo(3);
        assertThat(report.actions()).isEqualTo(8);
        assertThat(report.skippedRows()).isZero();
        assertThat(report.unmappedColumns()).containsExactly("B \"Département\" (not a field of the census)",
                "C \"Pays\" (not a field of the census)");
        assertThat(report.warnings()).containsExactly(at("atlas.xlsx", "Export") + "1: columns not read: "
                + "B \"Département\" (not a field of the census), C \"Pays\" (not a field of the census)");
        assertThat(report.mapping().columns()).extracting(c -> c.letter().orElseThrow() + " "
                + c.field().map(f -> f.key()).orElse("-")).containsExactly("A french-party", "B -", "C -",
                "D partner-party", "E region", "F domain", "G action", "H period", "I budget");
        assertThat(List.of(report.mapping().headerRow(), report.mapping().firstDataRow())).containsExactly(1, 2);
    }
}
