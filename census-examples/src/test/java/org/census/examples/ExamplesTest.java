package org.census.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.census.bundled.BundledCensus;
import org.census.io.CensusFiles;
import org.census.io.CensusFormats;
import org.census.io.ProgressListener;
import org.census.model.AuthorityKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example runs and prints what it says. */
class ExamplesTest {

    static String run(Runnable main) {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printOverview() {
        String out = run(() -> PrintOverview.main(new String[0]));
        assertThat(out).contains("partnerships: 53").contains("2013 budget raised: 8").contains("Kayes: 18");
    }

    @Test
    void budgetByFrenchPartyKind() {
        Map<AuthorityKind, BigDecimal[]> sums = BudgetByFrenchPartyKind.compute(BundledCensus.load());
        assertThat(sums).containsKeys(AuthorityKind.MUNICIPALITY, AuthorityKind.DEPARTMENT, AuthorityKind.REGION);
        // Conseil régional Rhône-Alpes alone states 1,2 millions €.
        assertThat(sums.get(AuthorityKind.REGION)[0]).isGreaterThanOrEqualTo(new BigDecimal("1200000"));
        assertThat(run(() -> BudgetByFrenchPartyKind.main(new String[0]))).contains("MUNICIPALITY");
    }

    @Test
    void customFormatIsFoundThroughServiceLoaderAndWrites(@TempDir Path dir) throws Exception {
        assertThat(CensusFormats.installed().byExtension("md")).hasValueSatisfying(
                f -> assertThat(f).isInstanceOf(MarkdownListFormat.class));
        Path md = dir.resolve("list.md");
        CensusFiles.installed().write(BundledCensus.load(), md, Optional.empty(), ProgressListener.NONE);
        var lines = Files.readAllLines(md);
        assertThat(lines.get(0)).isEqualTo("# La coopération décentralisée franco-malienne en temps de crise "
                + "(2012-2013)");
        assertThat(lines).contains("- Angers / Bamako (Bamako)").hasSize(2 + 54);
    }

    @Test
    void renderOneChartWritesAVectorPdf(@TempDir Path dir) throws Exception {
        Path pdf = RenderOneChart.render(dir.resolve("trend.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            // As tall as the chart asks: the print size times its relative height.
            double asked = org.census.charts.CensusCharts.installed().require("budget-trend").relativeHeight();
            assertThat((double) doc.getPage(0).getMediaBox().getHeight()).isCloseTo(
                    org.census.charts.ChartSize.PRINT.height() * asked, org.assertj.core.api.Assertions.within(0.01))
                    .isLessThan(org.census.charts.ChartSize.PRINT.height());
            // Text stays text in a vector PDF: the French labels can be extracted.
            assertThat(new PDFTextStripper().getText(doc)).contains("Maintenu").containsPattern("31.\\(58.%\\)");
        }
    }

    @Test
    void importQuestionnairesReportsEachFileAndCell(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("tours-kita.xlsx");
        org.census.io.questionnaire.QuestionnaireTemplate.write(good, BundledCensus.load().edition());
        fill(good, Map.of("Collectivité française", "Ville de Tours", "Collectivité partenaire", "Commune de Kita",
                "Région du partenaire", "Kayes", "Date de mise à jour", "17/05/2013",
                "Poursuite depuis la crise", "Oui"));
        org.census.io.questionnaire.QuestionnaireTemplate.write(dir.resolve("blank.xlsx"),
                BundledCensus.load().edition());
        Files.writeString(dir.resolve("notes.xlsx"), "not a workbook");
        String out = run(() -> ImportQuestionnaires.importFolder(dir));
        assertThat(out).contains("blank.xlsx Fiche!B").contains("notes.xlsx: ERROR")
                .contains("1 partnerships imported");
        assertThat(out).doesNotContain("tours-kita.xlsx");
    }

    /** Fills the answer cells (column B) of the rows whose label (column A) is given. */
    private static void fill(Path workbook, Map<String, String> answers) throws Exception {
        try (var in = Files.newInputStream(workbook);
             var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            for (var row : wb.getSheet("Fiche")) {
                if (row.getCell(0) != null && answers.containsKey(row.getCell(0).getStringCellValue())) {
                    row.getCell(1).setCellValue(answers.get(row.getCell(0).getStringCellValue()));
                }
            }
            try (var out = Files.newOutputStream(workbook)) {
                wb.write(out);
            }
        }
    }
}
