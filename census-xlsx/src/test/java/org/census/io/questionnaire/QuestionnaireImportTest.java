package org.census.io.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.census.bundled.BundledCensus;
import org.census.model.CensusEdition;
import org.census.model.Partnership;
import org.census.text.ContinuationStatus;
import org.census.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionnaireImportTest {
    private static final CensusEdition MALI = BundledCensus.load().edition();

    @TempDir
    Path dir;

    private Path filled(String name, Object updated, String french, String region, String continuation)
            throws Exception {
        Path template = dir.resolve("template.xlsx");
        QuestionnaireTemplate.write(template, MALI);
        Path file = dir.resolve(name);
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet form = wb.getSheet("Fiche");
            for (Row row : form) {
                if (row.getCell(0) == null) {
                    continue;
                }
                String label = row.getCell(0).getStringCellValue();
                var value = row.getCell(1);
                switch (label) {
                    case QuestionnaireLayout.UPDATED -> {
                        if (updated instanceof LocalDate d) {
                            value.setCellValue(d);
                        } else {
                            value.setCellValue((String) updated);
                        }
                    }
                    case QuestionnaireLayout.FRENCH -> value.setCellValue(french);
                    case QuestionnaireLayout.PARTNER -> value.setCellValue("Commune de Kita");
                    case QuestionnaireLayout.REGION -> value.setCellValue(region);
                    case QuestionnaireLayout.BUDGET -> value.setCellValue("1 500,50 €");
                    case QuestionnaireLayout.CONTINUATION -> value.setCellValue(continuation);
                    default -> {
                    }
                }
            }
            Sheet actions = wb.getSheet("Actions");
            actions.getRow(3).getCell(1).setCellValue("Santé");
            actions.getRow(3).getCell(2).setCellValue("Construction d'un centre de santé");
            actions.getRow(3).getCell(4).setCellValue("1 500 €");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    @Test
    void readsAFilledQuestionnaireWithTheEditionRegions() throws Exception {
        Path file = filled("a.xlsx", "17/05/2013", "Ville de Tours", "Kayes", "Oui");
        ImportResult result = QuestionnaireImport.run(List.of(file), MALI);
        assertThat(result.issues()).isEmpty();
        Partnership p = result.census().partnerships().get(0);
        assertThat(p.id()).isEqualTo("ville-de-tours-commune-de-kita");
        assertThat(p.regions()).containsExactly("Kayes");
        assertThat(p.firstUpdate()).contains(LocalDate.of(2013, 5, 17));
        assertThat(p.continuation().status()).isEqualTo(ContinuationStatus.YES);
        assertThat(p.annualBudget().raw()).isEqualTo("1 500,50 €");
        assertThat(p.actions()).hasSize(1);
        assertThat(p.actions().get(0).description()).isEqualTo("Construction d'un centre de santé");
        assertThat(p.actions().get(0).budget().raw()).isEqualTo("1 500 €");
    }

    @Test
    void oneBadFileDoesNotStopTheOthersAndDuplicatesKeepTheNewest() throws Exception {
        Path older = filled("1-old.xlsx", LocalDate.of(2013, 4, 2), "Ville de Tours", "Kayes", "Non");
        Path newer = filled("2-new.xlsx", LocalDate.of(2013, 5, 17), "Ville de Tours", "Atlantide", "Peut-être");
        Files.write(dir.resolve("3-broken.xlsx"), new byte[] {'P', 'K', 3, 4, 0});
        Files.delete(dir.resolve("template.xlsx"));
        ImportResult result = QuestionnaireImport.run(List.of(dir), MALI);
        assertThat(result.census().partnerships()).hasSize(1);
        assertThat(result.census().partnerships().get(0).firstUpdate()).contains(LocalDate.of(2013, 5, 17));
        assertThat(result.issues()).extracting(ImportIssue::toString).anySatisfy(s -> assertThat(s)
                .startsWith("3-broken.xlsx: ERROR:"));
        assertThat(result.issues()).anySatisfy(i -> {
            assertThat(i.file()).isEqualTo(older);
            assertThat(i.message()).contains("la fiche la plus récente est gardée (17/05/2013 contre 02/04/2013)");
        });
        assertThat(result.issues()).anySatisfy(i -> {
            assertThat(i.file()).isEqualTo(newer);
            assertThat(i.location()).isEqualTo(Location.cell("Fiche", 8, 2));
            assertThat(i.message()).contains("région « Atlantide » inconnue");
        });
        assertThat(result.clean()).isFalse();
    }

    @Test
    void templateHasTheDropDownsAndAHiddenListSheet() throws Exception {
        Path template = dir.resolve("t.xlsx");
        QuestionnaireTemplate.write(template, MALI);
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Fiche").getDataValidations()).hasSize(3);
            assertThat(wb.getSheet("Actions").getDataValidations()).hasSize(1);
            assertThat(wb.isSheetHidden(wb.getSheetIndex("Listes"))).isTrue();
            assertThat(wb.getSheet("Listes").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(MALI.regions().get(0));
        }
    }

    /** An id made from names folds them as every French text is folded: "œ" was a break, "c-ur". */
    @Test
    void idsFromNamesFoldLikeFrenchText() {
        assertThat(QuestionnaireImport.slug("Cœur de Savoie – Ségou")).isEqualTo("coeur-de-savoie-segou");
        assertThat(QuestionnaireImport.slug("« ! »")).isEqualTo("fiche");
    }
}
