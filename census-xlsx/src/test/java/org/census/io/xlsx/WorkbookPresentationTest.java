package org.census.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDefinedName;

import org.census.bundled.BundledCensus;
import org.census.io.testing.TestCensus;
import org.census.model.Action;
import org.census.model.Census;
import org.census.model.CensusEdition;
import org.census.model.Partnership;

/**
 * What a person sees in the workbook, read back with POI's full model (which also checks that the package, the
 * styles and the sheets are what a spreadsheet expects): sheets, header, frozen pane, widths, filters, typed cells.
 */
class WorkbookPresentationTest {
    private static final Census BUNDLED = BundledCensus.load();
    private static byte[] bytes;
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void write() throws IOException {
        bytes = TestCensus.write(BUNDLED, "xlsx");
        workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void sheetsComeInTheOrderOfTheLayout() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("Synthèse", "Partenariats", "Parties", "Contacts", "Actions", "Donateurs",
                "Chiffres publiés", "Édition", "Textes de l'édition");
        assertThat(workbook.getActiveSheetIndex()).isZero();
        assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo(BUNDLED.edition().title());
    }

    @Test
    void headerIsBoldFilledFrozenAndFiltered() {
        XSSFSheet actions = workbook.getSheet("Actions");
        XSSFCell header = actions.getRow(0).getCell(0);
        assertThat(header.getStringCellValue()).isEqualTo("Partenariat");
        XSSFCellStyle style = header.getCellStyle();
        assertThat(style.getFont().getBold()).isTrue();
        assertThat(style.getFillForegroundXSSFColor().getARGBHex()).isEqualTo("FFDDEBF7");
        assertThat(style.getWrapText()).isTrue();
        assertThat(actions.getPaneInformation().isFreezePane()).isTrue();
        assertThat(actions.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(actions.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
        assertThat(actions.getColumnWidth(5)).isEqualTo(60 * 256);
        int rows = BUNDLED.partnerships().stream().mapToInt(p -> p.actions().size()).sum();
        assertThat(actions.getLastRowNum()).isEqualTo(rows);
        assertThat(actions.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M" + (rows + 1));
        List<String> filters = new ArrayList<>();
        for (CTDefinedName name : workbook.getCTWorkbook().getDefinedNames().getDefinedNameArray()) {
            filters.add(name.getLocalSheetId() + " " + name.getName() + " " + name.getStringValue());
        }
        assertThat(filters).contains("4 _xlnm._FilterDatabase 'Actions'!$A$1:$M$" + (rows + 1));
    }

    @Test
    void datesAndEurosAreTypedCellsWithTheirFormats() {
        XSSFSheet sheet = workbook.getSheet("Actions");
        Partnership first = BUNDLED.partnerships().get(0);
        List<Action> actions = BUNDLED.partnerships().stream().flatMap(p -> p.actions().stream()).toList();
        int index = IntStream.range(0, actions.size()).filter(i -> actions.get(i).period().earliest().isPresent()
                && actions.get(i).budget().lowEur().isPresent()).findFirst().orElseThrow();
        Action dated = actions.get(index);
        int row = index + 1;
        XSSFRow cells = sheet.getRow(row);
        XSSFCell start = cells.getCell(7);
        assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
        assertThat(start.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        assertThat(start.getDateCellValue().toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate())
                .isEqualTo(dated.period().earliest().get());
        XSSFCell low = cells.getCell(10);
        assertThat(low.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(low.getNumericCellValue()).isEqualTo(dated.budget().lowEur().get().doubleValue());
        assertThat(low.getCellStyle().getDataFormatString()).contains("€");
        assertThat(workbook.getSheet("Partenariats").getRow(1).getCell(0).getStringCellValue()).isEqualTo(first.id());
    }

    @Test
    void textsOfSeveralLinesWrapInATallerRow() {
        XSSFSheet sheet = workbook.getSheet("Partenariats");
        int notes = TablesLayout.PARTNERSHIPS.index("Notes");
        for (int i = 0; i < BUNDLED.partnerships().size(); i++) {
            Partnership p = BUNDLED.partnerships().get(i);
            if (p.notes().size() > 1) {
                XSSFRow row = sheet.getRow(i + 1);
                assertThat(row.getCell(notes).getCellStyle().getWrapText()).isTrue();
                assertThat(row.getHeightInPoints()).isGreaterThanOrEqualTo(15f * p.notes().size());
                return;
            }
        }
        throw new AssertionError("the bundled census has a partnership with several notes");
    }

    /** How each sheet prints (issue 14): checked here as the file states it, and printed in PrintedWorkbookTest. */
    @Test
    void everySheetPrintsLandscapeOnA4OnePageWideWithItsHeaderOnEachPage() {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            XSSFPrintSetup print = sheet.getPrintSetup();
            String name = sheet.getSheetName();
            assertThat(print.getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).as(name).isTrue();
            assertThat(sheet.getFitToPage()).as(name).isTrue();
            assertThat(print.getFitWidth()).as(name).isEqualTo((short) 1);
            // A short sheet on one page; the long ones as many pages down as they need.
            assertThat(print.getFitHeight()).as(name)
                    .isEqualTo((short) (sheet.getLastRowNum() <= WorkbookWriter.ONE_PAGE_ROWS ? 1 : 0));
            assertThat(sheet.isPrintGridlines()).as(name).isTrue();
            assertThat(sheet.getRepeatingRows()).as(name).isEqualTo(CellRangeAddress.valueOf("1:1"));
            assertThat(sheet.getOddFooter().getCenter()).as(name).isEqualTo("&A — page &P / &N");
        }
        assertThat(workbook.getSheet("Synthèse").getPrintSetup().getFitHeight()).isEqualTo((short) 1);
        assertThat(workbook.getSheet("Actions").getPrintSetup().getFitHeight()).isZero();
    }

    /** A value beside a wrapped, taller cell stands on its first line, not at the bottom by the next record. */
    @Test
    void everyCellStyleIsAlignedToTheTop() {
        assertThat(workbook.getNumCellStyles()).isEqualTo(5);
        for (int i = 0; i < workbook.getNumCellStyles(); i++) {
            assertThat(workbook.getCellStyleAt(i).getVerticalAlignment()).as("style %d", i)
                    .isEqualTo(VerticalAlignment.TOP);
        }
    }

    /** A one-line text longer than its column wraps in a taller row rather than being cut at the column's edge. */
    @Test
    void aLongOneLineTextWrapsInATallerRow() {
        XSSFSheet sheet = workbook.getSheet("Actions");
        int description = TablesLayout.ACTIONS.index("Description");
        double width = TablesLayout.ACTIONS.columns().get(description).width();
        int r = 1;
        for (Partnership p : BUNDLED.partnerships()) {
            for (Action a : p.actions()) {
                XSSFRow row = sheet.getRow(r++);
                if (a.description().indexOf('\n') < 0 && a.description().length() > 2 * width) {
                    assertThat(row.getCell(description).getCellStyle().getWrapText()).isTrue();
                    assertThat(row.getHeightInPoints()).isGreaterThanOrEqualTo(30f);
                    return;
                }
            }
        }
        throw new AssertionError("the bundled census has an action described at length on one line");
    }

    @Test
    void theSameCensusGivesTheSameBytes() {
        assertThat(TestCensus.write(BUNDLED, "xlsx")).isEqualTo(bytes);
    }

    @Test
    void datesBeforeTheSpreadsheetCalendarAreWrittenAsTextAndReadBack() throws IOException {
        CensusEdition e = BUNDLED.edition();
        CensusEdition old = new CensusEdition(e.id(), e.title(), e.subtitle(), e.publisher(), e.partnerCountry(),
                e.language(), LocalDate.of(1900, 1, 1), e.surveyPeriod(), LocalDate.of(1900, 2, 28), Optional.empty(),
                e.sourceLine(), e.regions());
        Census census = new Census(old, List.of(), Optional.empty(), List.of());
        byte[] written = TestCensus.write(census, "xlsx");
        assertThat(TestCensus.read(written, "xlsx")).isEqualTo(census);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(written))) {
            List<String> cells = new ArrayList<>();
            book.getSheet("Édition").forEach(row -> cells.add(row.getCell(0).getStringCellValue() + " = "
                    + row.getCell(1).getCellType() + " " + row.getCell(1)));
            assertThat(cells).contains("Date de l'édition = STRING 01/01/1900",
                    "Date de référence de la crise = STRING 28/02/1900");
        }
    }
}
