package org.census.io.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.census.Location;
import org.census.bundled.BundledCensus;
import org.census.model.Census;
import org.census.model.Partnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The field "Personnes nommées dans les réponses": the persons the answers name, carried out and back. */
class QuestionnairePersonsTest {
    private static final Census BUNDLED = BundledCensus.load();
    private static final Partnership KATI = BUNDLED.partnership("saint-sebastien-sur-loire-kati").orElseThrow();

    @TempDir
    Path dir;

    @Test
    void thePersonsMarkedGoOutInTheFormAndComeBack() {
        Path file = dir.resolve("kati.xlsx");
        QuestionnaireTemplate.write(file, BUNDLED.edition(), KATI);
        ImportResult result = QuestionnaireImport.run(List.of(file), BUNDLED.edition());
        Partnership back = result.census().partnerships().get(0);
        assertThat(back.personalParts()).isEqualTo(KATI.personalParts());
        assertThat(back.withoutContacts().localMeans()).isEqualTo(KATI.withoutContacts().localMeans())
                .doesNotContain("TRAORE");
    }

    @Test
    void aNameNoAnswerHoldsIsAWarningNamingTheCell() throws Exception {
        Path file = dir.resolve("kati.xlsx");
        QuestionnaireTemplate.write(file, BUNDLED.edition(), KATI);
        int[] row = {-1};
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row r : wb.getSheet(QuestionnaireLayout.FORM)) {
                if (r.getCell(0) != null && r.getCell(0).getStringCellValue().equals(QuestionnaireLayout.PERSONS)) {
                    r.getCell(1).setCellValue("Hamala HAIDARA\nAmadou KONATE");
                    row[0] = r.getRowNum() + 1;
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ImportResult result = QuestionnaireImport.run(List.of(file), BUNDLED.edition());
        assertThat(result.census().partnerships().get(0).personalParts()).containsExactly("Hamala HAIDARA");
        // (The two free answers of the bundled form are warnings of their own.)
        List<ImportIssue> konate = result.issues().stream().filter(i -> i.message().contains("KONATE")).toList();
        assertThat(konate).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.location()).isEqualTo(Location.cell(QuestionnaireLayout.FORM, row[0], 2));
            assertThat(i.message()).isEqualTo("« Amadou KONATE » ne figure dans aucune réponse ; recopiez le nom "
                    + "tel qu'il y est écrit");
        });
    }
}
