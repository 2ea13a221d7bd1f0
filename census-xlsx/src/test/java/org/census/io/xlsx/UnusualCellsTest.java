package org.census.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.census.bundled.BundledCensus;
import org.census.io.testing.TestCensus;
import org.census.CensusFormatException;
import org.census.model.Census;
import org.census.model.CensusEdition;
import org.census.model.StatedFigure;

/** Cells other tools write, and values at the edges of what a spreadsheet holds. */
class UnusualCellsTest {
    private static final Census BUNDLED = BundledCensus.load();

    /** The workbook with a text in one part replaced. */
    private static byte[] edit(byte[] xlsx, String part, String from, String to) {
        return TestWorkbooks.withPart(xlsx, part, content -> {
            String xml = new String(content, StandardCharsets.UTF_8);
            assertThat(xml).contains(from);
            return xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
        });
    }

    @Test
    void aNumberWithAHugeExponentIsReadAsWrittenAndQuickly() {
        byte[] xlsx = TestCensus.write(BUNDLED, "xlsx");
        String description = BUNDLED.partnerships().get(0).actions().get(0).description();
        // The description is wrapped where it is longer than its column.
        String style = description.length() > TablesLayout.ACTIONS.columns().get(5).width() ? " s=\"4\"" : "";
        byte[] edited = edit(xlsx, "xl/worksheets/sheet5.xml", "<c r=\"F2\"" + style + " t=\"inlineStr\"><is><t>"
                + description + "</t></is></c>", "<c r=\"F2\"><v>1E+30000000</v></c>");
        long start = System.nanoTime();
        Census back = TestCensus.read(edited, "xlsx");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(back.partnerships().get(0).actions().get(0).description()).isEqualTo("1E+30000000");
    }

    @Test
    void anEmptyFormulaInAColumnNotReadLeavesItsRowEmpty() {
        byte[] xlsx = TestCensus.write(BUNDLED, "xlsx");
        byte[] edited = edit(xlsx, "xl/worksheets/sheet2.xml", "</sheetData>", "<row r=\"999\"><c r=\"F999\" "
                + "t=\"str\"><f>IF(1=0,1,\"\")</f><v></v></c></row></sheetData>");
        assertThat(TestCensus.read(edited, "xlsx")).isEqualTo(BUNDLED);
    }

    @Test
    void sharedStringsAreDecodedOnceAsExcelMeansThem() throws IOException {
        byte[] withSharedString = TestWorkbooks.edited(TestCensus.write(BUNDLED, "xlsx"), book -> {
            XSSFRow row = book.getSheet("Actions").getRow(1);
            row.removeCell(row.getCell(5));
            row.createCell(5).setCellValue("PLACEHOLDER");
        });
        // As Excel saves "_x0041_ and _x00e9_" and a control character: a literal "_x" escaped as "_x005F_".
        byte[] edited = edit(withSharedString, "xl/sharedStrings.xml", "PLACEHOLDER",
                "_x005F_x0041_ and _x005F_x00e9_, _x0001_");
        String poi;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(edited))) {
            poi = book.getSheet("Actions").getRow(1).getCell(5).getStringCellValue();
        }
        assertThat(poi).isEqualTo("_x0041_ and _x00e9_, \u0001");
        assertThat(TestCensus.read(edited, "xlsx").partnerships().get(0).actions().get(0).description())
                .isEqualTo(poi);
    }

    @Test
    void datesAndNumbersAtTheEndsOfTheirRangesRoundTrip() throws IOException {
        CensusEdition e = BUNDLED.edition();
        Census census = new Census(new CensusEdition(e.id(), e.title(), e.subtitle(), e.publisher(),
                e.partnerCountry(), e.language(), LocalDate.of(1900, 1, 1), e.surveyPeriod(),
                LocalDate.of(2100, 12, 31), Optional.empty(), e.sourceLine(), e.regions()), List.of(),
                Optional.empty(), List.of(new StatedFigure("huge", new BigDecimal("1E+12"), "1E+12"),
                        new StatedFigure("negative", new BigDecimal("-1000000000000"), ""),
                        new StatedFigure("tiny", new BigDecimal("0.000001"), "1E-6")));
        byte[] written = TestCensus.write(census, "xlsx");
        assertThat(TestCensus.read(written, "xlsx")).isEqualTo(census);
    }

    /** Years outside the census's (issue 10, point 10): a date the model would not read is refused with its cell. */
    @Test
    void anEditionDateOutsideTheYearsIsRefusedWithItsCell() {
        CensusEdition e = BUNDLED.edition();
        Census census = new Census(new CensusEdition(e.id(), e.title(), e.subtitle(), e.publisher(),
                e.partnerCountry(), e.language(), e.editionDate(), e.surveyPeriod(), LocalDate.of(10_000, 1, 1),
                Optional.empty(), e.sourceLine(), e.regions()), List.of(), Optional.empty(), List.of());
        byte[] written = TestCensus.write(census, "xlsx");
        assertThatThrownBy(() -> TestCensus.read(written, "xlsx")).isInstanceOf(CensusFormatException.class)
                .hasMessageContaining("Édition!B").hasMessageEndingWith("the year 10000 is outside 1900–2100, the "
                        + "years a census holds");
    }

    /** Regression: the tables reader took every serial number as of the 1900 system, as Excel for Windows saves. */
    @Test
    void aWorkbookOfThe1904DateSystemHasItsDatesReadInIt() throws IOException {
        byte[] mac = edit(TestCensus.write(BUNDLED, "xlsx"), "xl/workbook.xml", "<bookViews>",
                "<workbookPr date1904=\"1\"/><bookViews>");
        LocalDate shown = null;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(mac))) {
            assertThat(book.isDate1904()).isTrue();
            for (org.apache.poi.ss.usermodel.Row row : book.getSheet(TablesLayout.EDITION.name())) {
                if (row.getCell(0).getStringCellValue().equals(TablesLayout.EDITION_DATE)) {
                    shown = row.getCell(1).getLocalDateTimeCellValue().toLocalDate();
                }
            }
        }
        LocalDate read = TestCensus.read(mac, "xlsx").edition().editionDate();
        assertThat(read).isEqualTo(shown).isEqualTo(BUNDLED.edition().editionDate().plusDays(1_462));
    }

    /** Regression: the tables reader took a yes/no cell as "VRAI", which no answer parser reads; questionnaires, "Oui". */
    @Test
    void aYesNoCellIsTheAnswerOuiOrNonAsInQuestionnaires() {
        byte[] edited = TestWorkbooks.edited(TestCensus.write(BUNDLED, "xlsx"), book -> {
            var sheet = book.getSheet(TablesLayout.PARTNERSHIPS.name());
            for (var cell : sheet.getRow(0)) {
                if (cell.getStringCellValue().equals("Poursuite depuis la crise")) {
                    sheet.getRow(1).createCell(cell.getColumnIndex()).setCellValue(true);
                }
            }
        });
        var continuation = TestCensus.read(edited, "xlsx").partnerships().get(0).continuation();
        assertThat(continuation.raw()).isEqualTo("Oui");
        assertThat(continuation.status()).isEqualTo(org.census.text.ContinuationStatus.YES);
    }
}
