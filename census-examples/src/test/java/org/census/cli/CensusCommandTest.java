package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.census.cli.Cli.Run;

/** The tool in-process: outputs, exit codes and error lines. */
class CensusCommandTest {

    /** The tool in the test JVM's working directory: the tests here name files by absolute paths. */
    static Run run(String... args) {
        Run r = Cli.run(Path.of(""), args);
        // French number formats use narrow and non-breaking spaces; compare with plain ones.
        return new Run(r.code(), plain(r.out()), plain(r.err()));
    }

    static String plain(String s) {
        return s.replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    @Test
    void overviewInFrench() {
        Run r = run("overview", "--lang", "fr");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Fiches").contains("Fonds de solidarité").contains("98 400 €")
                .contains("Coopération poursuivie depuis le 22 mars 2012");
    }

    @Test
    void overviewByRegionInEnglish() {
        Run r = run("overview", "--lang", "en", "--by", "region");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Distinct partnerships").contains("Kayes").contains("€98,400");
    }

    @Test
    void overviewAsJsonWithSnapshotAndBreakdown() throws Exception {
        Run r = run("overview", "--json", "--as-of", "2013-07-11", "--by", "trend");
        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("overview").path("forms").asInt()).isEqualTo(47);
        assertThat(json.path("overview").path("budgetTrend").path("DECREASE").asInt()).isEqualTo(5);
        assertThat(json.path("breakdown").path("groups")).hasSize(4);
    }

    @Test
    void reconciliation() {
        Run r = run("overview", "--reconcile", "--as-of", "2013-07-11", "--lang", "en");
        assertThat(r.out()).containsPattern("Forms\\s+46\\s+54\\s+47");
    }

    @Test
    void invalidFileIsOneLineAndExitCodeOne(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"formatVersion\": 1, \"census\": 3}", StandardCharsets.UTF_8);
        Run r = run("overview", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("census: " + bad + ": /census: ").doesNotContain("\n")
                .doesNotContain("Exception");
    }

    @Test
    void missingFileIsOneLine() {
        Run r = run("overview", "no-such-file.json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("census: no-such-file.json: no such file");
    }

    @Test
    void usageErrorIsExitCodeTwoWithUsage() {
        Run r = run("overview", "--by", "planet");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--by").contains("Usage:");
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--help").out()).contains("overview");
        assertThat(run("overview", "--help").out()).contains("--as-of");
        assertThat(run("--version").out()).contains("census");
    }

    /** Issue 10: an import that found nothing to read exited 0 and overwrote its output with an empty census. */
    @Test
    void importOfAFolderWithoutQuestionnairesLeavesTheOutputAndSaysWhy(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("fiches"));
        Files.writeString(folder.resolve("fiche.ods"), "not read");
        Files.writeString(folder.resolve("notes.txt"), "not read");
        Path out = dir.resolve("recensement.json");
        Files.writeString(out, "previous");
        Run r = run("import", "--lang", "en", folder.toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("fiche.ods: WARNING: fichier ignoré : seuls les classeurs .xlsx sont lus")
                .contains("notes.txt: WARNING: fichier ignoré : pas un classeur .xlsx");
        assertThat(r.err()).isEqualTo("census: no questionnaire could be read from [" + folder + "]; " + out
                + " is left as it was" + System.lineSeparator());
        assertThat(Files.readString(out)).isEqualTo("previous");
    }
}
