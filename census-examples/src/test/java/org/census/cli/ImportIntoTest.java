package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.census.cli.CensusCommandTest.run;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.census.bundled.BundledCensus;
import org.census.io.CensusFiles;
import org.census.io.ProgressListener;
import org.census.model.Census;
import org.census.model.Partnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code census import FILES --into CENSUS -o OUT}: questionnaires merged into a census (issue 14, point 4). */
class ImportIntoTest {
    @TempDir
    Path dir;

    /** Sets the answers of a questionnaire whose label starts with the given words. */
    private static void answer(Path file, String label, String value) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheet("Fiche")) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().startsWith(label)) {
                    row.getCell(1).setCellValue(value);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    @Test
    void newerQuestionnairesReplaceOlderAreKeptNewOnesAdded() throws Exception {
        Path census = dir.resolve("census.json");
        CensusFiles.installed().write(BundledCensus.load(), census, Optional.empty(), ProgressListener.NONE);
        Path forms = Files.createDirectory(dir.resolve("fiches"));
        Path updated = forms.resolve("1.xlsx");
        Path untouched = forms.resolve("2.xlsx");
        Path blank = forms.resolve("3.xlsx");
        assertThat(run("template", "--partnership", "rennes-bandiagara", "-o", updated.toString()).code()).isZero();
        assertThat(run("template", "--partnership", "thionville-gao", "-o", untouched.toString()).code()).isZero();
        assertThat(run("template", "-o", blank.toString()).code()).isZero();
        answer(updated, "Date de mise à jour", "02/01/2014");
        answer(updated, "Perspectives", "Reprise des missions en 2014");
        answer(blank, "Date de mise à jour", "03/01/2014");
        answer(blank, "Collectivité française", "Ville de Tours");
        answer(blank, "Collectivité partenaire", "Commune de Kita");
        answer(blank, "Région", "Kayes");
        Path out = dir.resolve("merged.json");

        Cli.Run r = run("import", "--lang", "fr", forms.toString(), "--into", census.toString(),
                "-o", out.toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("remplacé : rennes-bandiagara (fiche plus récente : 02/01/2014 contre ")
                .contains("gardé : thionville-gao (fiche qui n'est pas plus récente : 30/09/2013 contre 30/09/2013)")
                .contains("ajouté : ville-de-tours-commune-de-kita (mise à jour 03/01/2014)");
        Census merged = CensusFiles.installed().read(out, Optional.empty(), ProgressListener.NONE);
        Census bundled = BundledCensus.load();
        assertThat(merged.partnerships()).hasSize(bundled.partnerships().size() + 1);
        Partnership rennes = merged.partnership("rennes-bandiagara").orElseThrow();
        assertThat(rennes.perspectives()).isEqualTo("Reprise des missions en 2014");
        assertThat(rennes.sourceSection()).isEqualTo(bundled.partnership("rennes-bandiagara").orElseThrow()
                .sourceSection());
        assertThat(merged.partnership("thionville-gao")).isEqualTo(bundled.partnership("thionville-gao")
                .map(Partnership::withoutContacts));
        // Contacts are left out unless asked, from the census merged into as from the questionnaires.
        assertThat(merged.partnerships()).allSatisfy(p -> assertThat(p.contacts()).isEmpty());
    }

    @Test
    void intoAndEditionTogetherAreRefused() throws Exception {
        Path form = dir.resolve("f.xlsx");
        run("template", "--partnership", "thionville-gao", "-o", form.toString());
        Cli.Run r = run("import", "--lang", "en", form.toString(), "--into", "x.json", "--edition",
                "y.json", "-o", dir.resolve("o.json").toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).startsWith("census: --into and --edition: give one");
    }
}
