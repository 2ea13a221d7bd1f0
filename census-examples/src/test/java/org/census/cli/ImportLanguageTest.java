package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.census.cli.CensusCommandTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.census.bundled.BundledCensus;
import org.census.io.CensusFiles;
import org.census.io.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code census import} speaks the language asked for (issue 14, point 8) in what it words itself: the severity of a
 * finding, what a merge did, the summary and its own errors. The findings' messages are the questionnaire reader's,
 * in French for the people who fill questionnaires in.
 */
class ImportLanguageTest {
    @TempDir
    Path dir;

    /** A folder with a blank questionnaire (an error) and a file that is no workbook (a warning). */
    private Path folder() throws Exception {
        Path forms = Files.createDirectory(dir.resolve("fiches"));
        assertThat(run("template", "-o", forms.resolve("vierge.xlsx").toString()).code()).isZero();
        Files.writeString(forms.resolve("notes.txt"), "not read");
        return forms;
    }

    @Test
    void theReportAndTheRefusalAreInEnglishOrFrench() throws Exception {
        Path forms = folder();
        Path out = dir.resolve("out.json");

        Cli.Run en = run("import", "--lang", "en", forms.toString(), "-o", out.toString());
        Cli.Run fr = run("import", "--lang", "FR", forms.toString(), "-o", out.toString());

        assertThat(en.out()).contains("vierge.xlsx Fiche!B").contains(": ERROR: la collectivité française est "
                + "obligatoire").contains("notes.txt: WARNING: fichier ignoré");
        assertThat(en.err().strip()).isEqualTo("census: no questionnaire could be read from [" + forms + "]; "
                + out + " is left as it was");
        assertThat(fr.out()).contains(" : ERREUR : la collectivité française est obligatoire")
                .contains("notes.txt : AVERTISSEMENT : fichier ignoré").doesNotContain("ERROR").doesNotContain("WARN");
        assertThat(fr.err().strip()).isEqualTo("census: aucun questionnaire n'a pu être lu dans [" + forms + "] ; "
                + out + " est laissé tel quel");
    }

    @Test
    void theMergeAndTheSummaryAreInEnglishOrFrench() throws Exception {
        Path census = dir.resolve("census.json");
        CensusFiles.installed().write(BundledCensus.load(), census, Optional.empty(), ProgressListener.NONE);
        Path form = dir.resolve("gao.xlsx");
        assertThat(run("template", "--partnership", "thionville-gao", "-o", form.toString()).code()).isZero();
        Path out = dir.resolve("merged.json");

        Cli.Run en = run("import", "--lang", "en", form.toString(), "--into", census.toString(), "-o",
                out.toString());
        Cli.Run fr = run("import", "--lang", "fr", form.toString(), "--into", census.toString(), "-o",
                out.toString());

        assertThat(en.code()).isZero();
        int n = BundledCensus.load().partnerships().size();
        assertThat(en.out()).contains("kept: thionville-gao (").endsWith(out + ": " + n + " partnerships; no error, "
                + "no warning" + System.lineSeparator());
        assertThat(fr.out()).contains("gardé : thionville-gao (").endsWith(out + " : " + n + " partenariats ; "
                + "aucune erreur, aucun avertissement" + System.lineSeparator());
    }

    @Test
    void aMissingInputIsRefusedInTheLanguageAsked() {
        Path missing = dir.resolve("absent");
        assertThat(run("import", "--lang", "fr", missing.toString(), "-o", dir.resolve("o.json").toString()).err()
                .strip()).isEqualTo("census: " + missing + " : fichier ou dossier introuvable");
    }
}
