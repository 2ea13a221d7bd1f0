package org.census.io.sheets.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.census.io.sheets.table.Fixtures.bundled;
import static org.census.io.sheets.table.Fixtures.budgets;
import static org.census.io.sheets.table.Fixtures.get;
import static org.census.io.sheets.table.Fixtures.names;
import static org.census.io.sheets.table.Fixtures.periods;
import static org.census.io.sheets.table.Fixtures.sameAsBundled;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;

import org.census.io.table.TableCensus;
import org.census.model.Partnership;
import org.junit.jupiter.api.Test;

/**
 * fr-excel.csv: what French Excel's "CSV (séparateur : point-virgule)" saves: Windows-1252, semicolons, CRLF, decimal
 * commas, a quoted cell with line breaks.
 */
class FrenchExcelFixtureTest {
    private final TableCensus read = Fixtures.read("fr-excel.csv");

    @Test
    void theFileIsWindows1252WithSemicolons() throws IOException {
        byte[] bytes = Files.readAllBytes(Fixtures.file("fr-excel.csv"));
        // "Alençon": ç is one byte, E7, in Windows-1252 (C3 A7 in UTF-8); the € of "Coût (€)" is 80.
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("Alen\u00e7on",
                "Co\u00fbt (\u0080)").doesNotContain("\u00c3");
        assertThat(read.report().mapping().columns()).extracting(c -> c.header().orElse("")).containsExactly(
                "Commune française", "Commune malienne", "Région", "Domaine", "Action", "Période", "Coût (€)");
        assertThat(read.report().unmappedColumns()).isEmpty();
        assertThat(read.report().warnings()).isEmpty();
    }

    @Test
    void itConvertsFieldByField() {
        assertThat(read.census().partnerships()).extracting(Partnership::id)
                .containsExactly("alencon-koutiala", "aurillac-bougouni");
        Partnership alencon = get(read, "alencon-koutiala");
        assertThat(names(alencon.frenchParties())).containsExactly("Alençon");
        assertThat(names(alencon.partnerParties())).containsExactly("Koutiala");
        assertThat(alencon.regions()).containsExactly("Sikasso");
        sameAsBundled(alencon.actions(), bundled("alencon-koutiala").actions());
        assertThat(periods(alencon.actions())).isEqualTo(periods(bundled("alencon-koutiala").actions()));
        // Figures as French Excel writes them: "2015" is an amount in a column of euros, not a year.
        assertThat(budgets(alencon.actions())).containsExactly("7460", "7980", "2015", "2301,94");
        assertThat(alencon.actions().get(2).budget().lowEur()).hasValue(new BigDecimal("2015"));
        assertThat(alencon.actions().get(3).budget().lowEur()).hasValue(new BigDecimal("2301.94"));

        Partnership aurillac = get(read, "aurillac-bougouni");
        assertThat(names(aurillac.frenchParties())).containsExactly("Aurillac");
        assertThat(names(aurillac.partnerParties())).containsExactly("Bougouni");
        assertThat(aurillac.regions()).containsExactly("Sikasso");
        Partnership source = bundled("aurillac-arpajon-sur-cere-bougouni");
        sameAsBundled(aurillac.actions(), source.actions());
        assertThat(periods(aurillac.actions())).isEqualTo(periods(source.actions()));
        // The quoted cell with two line breaks is one description of three lines.
        assertThat(aurillac.actions().get(2).description()).isEqualTo("Association de femmes pour la savonnerie "
                + "(800 €)\nAssociation de location de chapiteaux et de chaises pour des manifestations familiales "
                + "(800 €)\nService social pour aider les démunis et les familles de Bougouni dans l'accueil des "
                + "déplacés du nord du Mali (800 €)");
        assertThat(aurillac.actions().get(2).budget().lowEur()).hasValue(new BigDecimal("2400"));
        assertThat(read.report().actions()).isEqualTo(7);
    }
}
