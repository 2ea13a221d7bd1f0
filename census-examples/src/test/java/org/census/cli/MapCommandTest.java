package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** census map and convert --from table on the spreadsheets in foreign layouts that census-xlsx's tests ship. */
class MapCommandTest {
    static final Path FIXTURES = Path.of("..", "census-xlsx", "src", "test", "resources", "org", "census", "io",
            "table", "fixtures");

    @Test
    void theDryRunShowsEachColumnsFieldWithSamplesAndTheRowsSkipped(@TempDir Path dir) throws Exception {
        Path saved = dir.resolve("mapping.json");
        var r = CensusCommandTest.run("map", FIXTURES.resolve("dashboard.xlsx").toString(), "--save",
                saved.toString(), "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("dashboard.xlsx: sheet \"Suivi 2013\"")
                .contains("Header row: 4 (two rows, 4-5); no HXL hashtag row; data from row 6")
                .containsPattern("A +Partenariat / Collectivité française +french-party +100 +A6: Ville de Montreuil "
                        + "→ Montreuil \\(municipality\\)")
                .containsPattern("E +Action / Période +period +100 +E6: Mai 2012 à mars 2013 → 2012-05-01 to "
                        + "2013-03-31")
                .containsPattern("G +Budget / Devise +currency +100 +G6: EUR → currency EUR")
                .contains("row 15: a totals row (\"TOTAL GÉNÉRAL\")")
                .contains("Result: 11 rows read, 2 partnerships, 9 actions")
                .contains("--from table:mapping=" + saved);
        JsonNode mapping = new ObjectMapper().readTree(Files.readString(saved));
        assertThat(mapping.path("headerRow").asInt()).isEqualTo(4);
        assertThat(mapping.path("columns").findValuesAsText("field")).contains("french-party", "period", "currency");
        // The saved mapping, given back, decides.
        var again = CensusCommandTest.run("map", FIXTURES.resolve("dashboard.xlsx").toString(), "--mapping",
                saved.toString(), "--lang", "en");
        assertThat(again.out()).contains("Result: 11 rows read, 2 partnerships, 9 actions");
    }

    @Test
    void convertMergesFilesAndReportsWhatItSkipped(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("census.json");
        var r = CensusCommandTest.run("convert", FIXTURES.resolve("dashboard.ods").toString(),
                FIXTURES.resolve("fr-excel.csv").toString(), out.toString(), "--from", "table");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("dashboard.ods: Suivi 2013!15: skipped: a totals row (\"TOTAL GÉNÉRAL\")");
        assertThat(r.out() + r.err()).contains("2 files -> ").contains("4 partnerships, 16 actions");
        JsonNode census = new ObjectMapper().readTree(Files.readString(out));
        assertThat(census.path("partnerships").findValuesAsText("id")).containsExactly(
                "montreuil-syndicat-meraguemou-de-yelimane", "ivry-sur-seine-dianguirde", "alencon-koutiala",
                "aurillac-bougouni");
        // 13,119,140 FCFA on the dashboard are the form's 20,000 €.
        assertThat(census.path("partnerships").get(0).path("actions").get(2).path("budget").path("lowEur").asInt())
                .isEqualTo(20_000);
    }

    @Test
    void aMappingThatNamesAColumnTheFileLacksListsTheColumnsItHas(@TempDir Path dir) throws Exception {
        Path mapping = dir.resolve("m.json");
        Files.writeString(mapping, "{\"headerRow\": 1, \"columns\": [{\"header\": \"Commune\", \"field\": "
                + "\"french-party\"}]}");
        var r = CensusCommandTest.run("convert", FIXTURES.resolve("fr-excel.csv").toString(),
                dir.resolve("o.json").toString(), "--from", "table:mapping=" + mapping);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("Commune").contains("Commune française").contains("Coût (€)");
        assertThat(dir.resolve("o.json")).doesNotExist();
    }

    /** The README's worked example is what the tool prints today, not a copy that can rot. */
    @Test
    void theReadmesDryRunIsWhatTheToolPrints(@TempDir Path dir) throws Exception {
        Files.copy(FIXTURES.resolve("dashboard.xlsx"), dir.resolve("tableau.xlsx"));
        String prompt = "$ census map tableau.xlsx --save mapping.json --lang en\n";
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf(prompt) + prompt.length();
        String shown = readme.substring(start, readme.indexOf("```", start));
        var r = CensusCommandTest.run("map", dir.resolve("tableau.xlsx").toString(), "--save",
                dir.resolve("mapping.json").toString(), "--lang", "en");
        assertThat(r.out().replace(dir + java.io.File.separator, "")).isEqualTo(shown);
    }
}
