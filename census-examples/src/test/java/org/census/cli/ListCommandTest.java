package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListCommandTest {

    @Test
    void listsEveryFormOfTheBundledCensusWithItsId() {
        var r = CensusCommandTest.run("list", "--lang", "fr");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("angers-bamako").contains("Angers").contains("Bamako")
                .contains("ile-de-france-kayes").endsWith("54 partenariats\n");
    }

    @Test
    void filtersByRegionIgnoringAccentsAndCase() {
        var r = CensusCommandTest.run("list", "--region", "segou", "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("angouleme-segou").contains("braine-mandiakuy").doesNotContain("angers-bamako")
                .endsWith("2 partnerships\n");
    }

    @Test
    void anUnknownRegionIsRefusedWithTheEditionsRegions() {
        var r = CensusCommandTest.run("list", "--region", "Dakar");
        assertThat(r.code()).isNotZero();
        assertThat(r.err().strip()).startsWith("census: --region Dakar: the census has no such region; its regions: "
                + "Bamako, Kayes");
    }

    @Test
    void templateRefusesANameThatIsNotXlsxAndPointsToList(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        var r = CensusCommandTest.run("template", "-o", dir.resolve("q.ods").toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("a questionnaire is written as .xlsx").contains("name the file q.xlsx");
        assertThat(dir.resolve("q.ods")).doesNotExist();
        var unknown = CensusCommandTest.run("template", "--partnership", "nowhere", "-o", dir.resolve("q.xlsx")
                .toString());
        assertThat(unknown.err()).contains("(census list shows them all)");
    }
}
