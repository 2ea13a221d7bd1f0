package org.census.io.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.census.bundled.BundledCensus;
import org.census.model.Census;

/**
 * How a questionnaire prints, as the file states it (issue 14): the fiche on one portrait A4 page within its print
 * area, the actions landscape and one page wide with their header on each page. Printed for real, through
 * LibreOffice, in {@code org.census.io.xlsx.PrintedWorkbookTest}.
 */
class QuestionnairePrintSetupTest {
    private static final Census BUNDLED = BundledCensus.load();

    @TempDir
    Path dir;

    @Test
    void theFichePrintsOnOnePortraitPageAndTheActionsLandscapeWithTheirHeader() throws IOException {
        Path file = dir.resolve("q.xlsx");
        QuestionnaireTemplate.write(file, BUNDLED.edition(), BUNDLED.partnerships().get(0));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet fiche = wb.getSheet(QuestionnaireLayout.FORM);
            assertThat(fiche.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(fiche.getPrintSetup().getLandscape()).isFalse();
            assertThat(fiche.getFitToPage()).isTrue();
            assertThat(fiche.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(fiche.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
            int lastField = QuestionnaireLayout.FIRST_FIELD_ROW + QuestionnaireLayout.FIELDS.size();
            assertThat(wb.getPrintArea(wb.getSheetIndex(fiche))).isEqualTo("Fiche!$A$1:$B$" + lastField);
            assertThat(fiche.getOddFooter().getCenter()).isEqualTo("&A — page &P / &N");

            XSSFSheet actions = wb.getSheet(QuestionnaireLayout.ACTIONS);
            assertThat(actions.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(actions.getPrintSetup().getLandscape()).isTrue();
            assertThat(actions.getFitToPage()).isTrue();
            assertThat(actions.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(actions.getPrintSetup().getFitHeight()).isZero();
            assertThat(actions.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
            assertThat(actions.getOddFooter().getCenter()).isEqualTo("&A — page &P / &N");
        }
    }

    /** An instruction longer than a line, in a merged cell that no spreadsheet grows, has the rows it needs. */
    @Test
    void theInstructionsRowsAreTallEnoughForTheirWrappedText() throws IOException {
        Path file = dir.resolve("blank.xlsx");
        QuestionnaireTemplate.write(file, BUNDLED.edition());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet fiche = wb.getSheet(QuestionnaireLayout.FORM);
            // The second instruction, of some 200 characters, over a width of 114.
            assertThat(fiche.getRow(2).getCell(0).getStringCellValue()).hasSizeGreaterThan(150);
            assertThat(fiche.getRow(2).getHeightInPoints()).isGreaterThanOrEqualTo(30f);
            assertThat(fiche.getRow(1).getHeightInPoints()).isGreaterThanOrEqualTo(15f);
        }
    }
}
