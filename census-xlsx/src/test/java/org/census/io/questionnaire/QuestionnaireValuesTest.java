package org.census.io.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.census.CensusLimits;
import org.census.bundled.BundledCensus;
import org.census.io.xlsx.OpenpyxlFormulas;
import org.census.io.xlsx.TestWorkbooks;
import org.census.model.CensusEdition;
import org.census.model.Partnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A questionnaire's cells enter the census within the model's limits ({@link CensusLimits}): nothing impossible
 * becomes a value, the text stays and a warning names the cell (issue 10, points 10 and 14).
 */
class QuestionnaireValuesTest {
    private static final CensusEdition MALI = BundledCensus.load().edition();

    @TempDir
    Path dir;

    /** A questionnaire with the French party filled and the value cell of a field set by {@code fill}. */
    private Path filled(String field, BiConsumer<XSSFWorkbook, Cell> fill) throws Exception {
        Path template = dir.resolve("template.xlsx");
        QuestionnaireTemplate.write(template, MALI);
        Path file = dir.resolve("q.xlsx");
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheet(QuestionnaireLayout.FORM)) {
                String label = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
                if (label.equals(QuestionnaireLayout.FRENCH)) {
                    row.getCell(1).setCellValue("Ville de Tours");
                }
                if (label.equals(field)) {
                    fill.accept(wb, row.getCell(1, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK));
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    @Test
    void aCellLongerThanACensusTextRefusesTheFileNamingTheCell() throws Exception {
        // POI writes no cell of more than 32,767 characters: the text is put in the shared strings afterwards.
        Path marked = filled(QuestionnaireLayout.PERSPECTIVES, (wb, c) -> c.setCellValue("LONG-CELL-MARKER"));
        Path file = dir.resolve("long.xlsx");
        Files.write(file, TestWorkbooks.withPart(Files.readAllBytes(marked), "xl/sharedStrings.xml",
                xml -> new String(xml, StandardCharsets.UTF_8).replace("LONG-CELL-MARKER", "x".repeat(40_000))
                        .getBytes(StandardCharsets.UTF_8)));
        ImportResult result = QuestionnaireImport.run(List.of(file), MALI);
        assertThat(result.census().partnerships()).isEmpty();
        assertThat(result.issues()).filteredOn(i -> i.severity() == Severity.ERROR).singleElement().satisfies(i -> {
            assertThat(i.location().sheet()).contains(QuestionnaireLayout.FORM);
            assertThat(i.message()).contains("a text of 40000 characters, more than the 32767");
        });
        Path longest = filled(QuestionnaireLayout.PERSPECTIVES, (wb, c) -> c.setCellValue("x".repeat(32_767)));
        assertThat(QuestionnaireImport.run(List.of(longest), MALI).census().partnerships().get(0).perspectives())
                .hasSize(32_767);
    }

    @Test
    void anUncomputedFormulaIsReadEmptyWithAWarningNotAsZero() throws Exception {
        Path file = filled(QuestionnaireLayout.BUDGET, (wb, c) -> c.setCellFormula("1000*2"));
        ImportResult result = QuestionnaireImport.run(List.of(file), MALI);
        Partnership p = result.census().partnerships().get(0);
        assertThat(p.annualBudget().raw()).isEmpty();
        assertThat(p.annualBudget().isKnown()).isFalse();
        assertThat(result.issues()).filteredOn(i -> i.message().startsWith("formule")).singleElement()
                .satisfies(i -> {
                    assertThat(i.severity()).isEqualTo(Severity.WARNING);
                    assertThat(i.message()).startsWith("formule sans valeur calculée (1000*2)");
                });
    }

    /** As openpyxl saves a formula: {@code <f>1000*2</f><v></v>}, an empty value POI would read as 0. */
    @Test
    void aFormulaSavedByOpenpyxlIsReadEmptyWithAWarningNotAsZero() throws Exception {
        Path prefilled = dir.resolve("prefilled.xlsx");
        QuestionnaireTemplate.write(prefilled, MALI, BundledCensus.load().partnership("rennes-bandiagara")
                .orElseThrow());
        Path file = dir.resolve("openpyxl.xlsx");
        OpenpyxlFormulas.put(prefilled, file, QuestionnaireLayout.FORM, "B16", "1000*2");
        ImportResult result = QuestionnaireImport.run(List.of(file), MALI);
        Partnership p = result.census().partnerships().get(0);
        assertThat(p.annualBudget().raw()).isEmpty();
        assertThat(p.annualBudget().isKnown()).isFalse();
        assertThat(result.issues()).extracting(ImportIssue::toString).containsExactly("openpyxl.xlsx Fiche!B16: "
                + "WARNING: formule sans valeur calculée (1000*2) : la cellule est lue vide ; ouvrez le classeur "
                + "dans un tableur et enregistrez-le");
    }

    @Test
    void anUpdateDateOutsideTheYearsStaysTextWithAWarning() throws Exception {
        // 2500-01-01 as a serial number of the 1900 system, in a date-formatted cell.
        Path file = filled(QuestionnaireLayout.UPDATED, (wb, c) -> c.setCellValue(219_148));
        ImportResult result = QuestionnaireImport.run(List.of(file), MALI);
        Partnership p = result.census().partnerships().get(0);
        assertThat(p.updateDates()).isEmpty();
        assertThat(result.issues()).anySatisfy(i -> assertThat(i.message())
                .startsWith("l'année 2500 est hors des années 1900 à 2100"));
        Path huge = filled(QuestionnaireLayout.UPDATED, (wb, c) -> c.setCellValue(1e308));
        ImportResult hugeResult = QuestionnaireImport.run(List.of(huge), MALI);
        assertThat(hugeResult.census().partnerships().get(0).updateDates()).isEmpty();
        assertThat(hugeResult.issues()).isNotEmpty();
    }
}
