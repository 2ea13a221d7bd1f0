package org.census.io.hxl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.census.CensusException;
import org.census.bundled.BundledCensus;
import org.census.io.CensusFormats;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatOptions;
import org.census.io.internal.CellText;
import org.census.io.testing.TestCensus;
import org.census.testing.CensusArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.census.model.Census;
import org.census.model.Contact;
import org.census.model.Partnership;
import org.census.overview.Overview;
import org.census.text.DateText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HxlCensusFormatTest {
    private static final Census BUNDLED = BundledCensus.load();
    private static final List<String> TAGS = List.of("#org+funder+name", "#org+impl+name", "#country+code",
            "#adm1+name", "#adm1+code", "#sector+name", "#sector+code", "#activity+description", "#date+start",
            "#date+end", "#value+budget", "#currency", "#status", "#meta+id");

    private static String export(Census census, String options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CensusSink sink = CensusFormats.installed().require("hxl").write(out, FormatOptions.parse(options))) {
            sink.census(census);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> records(String text) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    /** The data rows, by tag. */
    private static List<Map<String, String>> rows(String text) throws IOException {
        List<CSVRecord> records = records(text);
        List<String> tags = records.get(1).toList();
        return records.subList(2, records.size()).stream().map(r -> {
            Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < tags.size(); i++) {
                row.put(tags.get(i), r.get(i));
            }
            return row;
        }).toList();
    }

    private static List<Map<String, String>> rowsOf(List<Map<String, String>> rows, String id) {
        return rows.stream().filter(r -> r.get("#meta+id").equals(id)).toList();
    }

    @Test
    void aHumanHeaderRowThenTheHashtagRowInTheIssuesOrder() throws IOException {
        String text = export(BUNDLED, "");
        assertThat(text).startsWith("Partie française,Partie du pays partenaire,Pays,Région,Code de la région (OCHA),"
                + "Domaine,Code CAD,Action,Début,Fin,Budget,Devise,Poursuite depuis la crise,Partenariat\r\n");
        assertThat(records(text).get(1).toList()).isEqualTo(TAGS);
        assertThat(CensusFormats.installed().byExtension("hxl")).get().isInstanceOf(HxlCensusFormat.class);
        assertThat(CensusFormats.installed().byExtension("csv").orElseThrow().info().name()).isEqualTo("csv");
    }

    @Test
    void angersBamakoFieldByField() throws IOException {
        List<Map<String, String>> rows = rowsOf(rows(export(BUNDLED, "")), "angers-bamako");
        assertThat(rows).hasSize(2);
        // In the order of TAGS.
        assertThat(rows.get(0).values()).containsExactly("Angers", "Bamako", "MLI", "Bamako", "ML09",
                "Urbanisme et équipements", "43030", "Poursuite des travaux sur place (réfection bâtiments CLAEC, CESCO)",
                "", "", "73000", "EUR", "Poursuivi", "angers-bamako");
        assertThat(rows.get(1).get("#sector+code")).isEqualTo("72010");
        assertThat(rows.get(1).get("#value+budget")).isEqualTo("25000");
    }

    /** Periods of the bundled census as their texts give them, one of each precision. */
    @ParameterizedTest(name = "{0} #{1}: {2} .. {3}")
    @CsvSource({
            "maxeville-communes-iii-v-vi-bamako, 0, 2012-05, ''",       // "A partir de mai 2012": open
            "maxeville-communes-iii-v-vi-bamako, 1, 2012-04, 2013-01",  // "Avril 2012, octobre 2012 et janvier 2013"
            "maxeville-communes-iii-v-vi-bamako, 2, 2012, 2013",        // "2012 Pour 2013, à ce jour :"
            "auvergne-tombouctou, 1, 2013-06-07, 2013-06-07",           // "7 juin 2013"
            "ille-et-vilaine-mopti, 3, 2013-Q2, 2013-Q2",               // "Second trimestre 2013"
            "quetigny-koulikoro, 0, 2013-03, 2013-05",                  // "Printemps 2013"
            "yvelines-kadiolo, 0, 2013-01, 2013-06",                    // "1er semestre 2013"
            "thionville-gao, 13, 2012, 2013",                           // "mai 2012 2012 et 2013"
    })
    void datesAreIsoOrHxlPeriodsAtTheTextsPrecision(String id, int action, String start, String end)
            throws IOException {
        Map<String, String> row = rowsOf(rows(export(BUNDLED, "")), id).get(action);
        assertThat(row.get("#date+start")).isEqualTo(start);
        assertThat(row.get("#date+end")).isEqualTo(end);
    }

    @Test
    void aPartnershipOfTwoRegionsNamesBothInEachRowAndItsRepeatFormAndTotalRowGiveNone() throws IOException {
        List<Map<String, String>> rows = rows(export(BUNDLED, ""));
        List<Map<String, String>> gao = rowsOf(rows, "thionville-gao");
        // 20 action rows, one of them the total of the others.
        assertThat(gao).hasSize(19).allSatisfy(r -> {
            assertThat(r.get("#adm1+name")).isEqualTo("Gao\nKoulikoro");
            assertThat(r.get("#adm1+code")).isEqualTo("ML07\nML02");
        });
        assertThat(gao).noneMatch(r -> r.get("#activity+description").startsWith("Total"));
        assertThat(rowsOf(rows, "thionville-kenieba-konko")).isEmpty();
    }

    @Test
    void rowsAreTheActionsTheOverviewCountsAndTheirBudgetsAddUpToItsLowBound() throws IOException {
        List<Map<String, String>> rows = rows(export(BUNDLED, ""));
        Overview overview = Overview.of(BUNDLED);
        assertThat(rows).hasSize(overview.actions());
        BigDecimal sum = rows.stream().map(r -> r.get("#value+budget")).filter(s -> !s.isEmpty())
                .map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(overview.actionBudgets().lowEur());
        assertThat(rows).allSatisfy(r -> assertThat(r.get("#currency")).isEqualTo(
                r.get("#value+budget").isEmpty() ? "" : "EUR"));
    }

    @Test
    void aPartnershipWithNoActionGivesOneRowWithTheActionColumnsBlank() throws IOException {
        Census census = TestCensus.withActions(BUNDLED, 0, List.of());
        List<Map<String, String>> rows = rowsOf(rows(export(census, "")), "angers-bamako");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("#org+funder+name")).isEqualTo("Angers");
            assertThat(r.get("#adm1+code")).isEqualTo("ML09");
            assertThat(r.get("#status")).isEqualTo("Poursuivi");
            assertThat(Stream.of("#sector+name", "#sector+code", "#activity+description", "#value+budget",
                    "#currency")).allSatisfy(tag -> assertThat(r.get(tag)).as(tag).isEmpty());
        });
    }

    @Test
    void noContactNameUnlessAskedEvenWhenTheCensusHoldsThem() {
        List<String> names = BUNDLED.partnerships().stream().flatMap(p -> Stream.concat(
                p.contacts().stream().map(Contact::name), p.personalParts().stream()))
                .filter(n -> !n.isBlank()).distinct().toList();
        assertThat(names).contains("Anne-Sophie LE MARCHAND", "Ibrahim MALIK");
        String text = export(BUNDLED, "");
        assertThat(text).doesNotContain("#contact");
        assertThat(names).allSatisfy(n -> assertThat(text).doesNotContain(n));
        assertThat(text).contains(Partnership.PERSON_WITHHELD);

        String asked = export(BUNDLED, "contacts=true");
        assertThat(asked).contains("#contact+name").contains("Anne-Sophie LE MARCHAND").contains("Ibrahim MALIK");
    }

    @Test
    void formulaLikeTextsAreNeutralisedAsInTheCsvExport() throws IOException {
        Census census = TestCensus.withFirstDescription(BUNDLED, "=HYPERLINK(\"http://x\")");
        Map<String, String> row = rowsOf(rows(export(census, "")), "angers-bamako").get(0);
        assertThat(row.get("#activity+description")).isEqualTo("'=HYPERLINK(\"http://x\")");
    }

    @Test
    void bomAndUnknownOptions() {
        assertThat(export(BUNDLED, "bom")).startsWith("\uFEFFPartie française,");
        assertThatThrownBy(() -> export(BUNDLED, "separator=semicolon")).isInstanceOf(CensusException.class)
                .hasMessage("format hxl has no option \"separator\"; known options: [bom, contacts]");
        assertThatThrownBy(() -> CensusFormats.installed().require("hxl").read(null, "x", FormatOptions.NONE, null))
                .isInstanceOf(CensusException.class).hasMessageStartingWith("hxl is written, not read");
    }

    @Provide
    Arbitrary<Census> censuses() {
        return CensusArbitraries.censuses();
    }

    /** Any census: one row per counted action or per partnership without one, and no cell a spreadsheet runs. */
    @Property(tries = 50)
    void everyCensusGivesItsRowsAndNoFormula(@ForAll("censuses") Census census) throws IOException {
        List<CSVRecord> records = records(export(census, "contacts=true"));
        long expected = census.distinctPartnerships().stream()
                .mapToLong(p -> Math.max(1, Overview.countedActions(p).size())).sum();
        assertThat(records).hasSize((int) expected + 2);
        for (CSVRecord r : records.subList(2, records.size())) {
            assertThat(r.toList()).allSatisfy(cell -> assertThat(cell.isEmpty()
                    || !CellText.isTrigger(cell.charAt(0))).as(cell).isTrue());
        }
    }

    @Test
    void iso3ComesFromTheJdk() {
        assertThat(HxlRows.iso3("ML")).isEqualTo("MLI");
        assertThat(HxlRows.iso3("SN")).isEqualTo("SEN");
        assertThatThrownBy(() -> HxlRows.iso3("ZZ")).isInstanceOf(CensusException.class)
                .hasMessageContaining("ZZ has no ISO 3166 alpha-3 code");
    }

    @Test
    void anOpenPeriodHasNoEnd() {
        assertThat(HxlRows.end(DateText.parse("depuis 1994"))).isEmpty();
        assertThat(HxlRows.start(DateText.parse("depuis 1994"))).isEqualTo("1994");
        assertThat(HxlRows.start(DateText.parse("En cours"))).isEmpty();
    }
}
