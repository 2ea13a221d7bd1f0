package org.census.io.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.ServiceLoader;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.census.CensusFormatException;
import org.census.io.table.spi.SheetFormat;

class XlsxSheetFormatTest {
    private final SheetFormat xlsx = new XlsxSheetFormat();

    /** A workbook as Excel would save it, made by POI: shared strings, styles, a hidden sheet. */
    static byte[] poiWorkbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet first = wb.createSheet("Partenariats");
            CellStyle builtInDate = wb.createCellStyle();
            builtInDate.setDataFormat((short) 14);
            CellStyle customDate = wb.createCellStyle();
            customDate.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            CellStyle quotedD = wb.createCellStyle();
            // d and y inside quotes are literal text: a number format, not a date.
            quotedD.setDataFormat(wb.createDataFormat().getFormat("0.00\" day\""));
            XSSFRow title = first.createRow(0);
            title.createCell(0).setCellValue("Recensement 2013");
            first.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            XSSFRow r = first.createRow(2);
            r.createCell(0).setCellValue("Kayes");
            r.createCell(1).setCellValue(1500.0);
            r.createCell(2).setCellValue(-0.25);
            r.createCell(3).setCellValue(0.1 + 0.2);
            r.createCell(5).setCellValue(true);
            XSSFRow dates = first.createRow(3);
            dates.createCell(0).setCellValue(LocalDateTime.of(2012, 3, 22, 0, 0));
            dates.getCell(0).setCellStyle(builtInDate);
            dates.createCell(1).setCellValue(LocalDateTime.of(2013, 5, 17, 10, 30));
            dates.getCell(1).setCellStyle(customDate);
            dates.createCell(2).setCellValue(41000.5);
            dates.getCell(2).setCellStyle(quotedD);
            XSSFRow formulas = first.createRow(4);
            formulas.createCell(0).setCellFormula("1+2");
            formulas.createCell(1).setCellFormula("B3*2");
            formulas.createCell(2).setCellFormula("\"a\"&\"b\"");
            formulas.createCell(3).setCellErrorValue(FormulaError.DIV0);
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formulas.getCell(1));
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formulas.getCell(2));
            XSSFRow hidden = first.createRow(6);
            hidden.setZeroHeight(true);
            XSSFRichTextString rich = new XSSFRichTextString("Ségou\nMopti");
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            rich.applyFont(0, 5, bold);
            XSSFCell richCell = hidden.createCell(0);
            richCell.setCellValue(rich);
            hidden.createCell(1).setCellValue("   ");
            first.addMergedRegion(new CellRangeAddress(6, 8, 1, 2));
            XSSFSheet second = wb.createSheet("Cachée");
            second.createRow(0).createCell(0).setCellValue("secret");
            wb.setSheetHidden(1, true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsEveryKindOfCellOfAWorkbookAsExcelSavesIt() throws IOException {
        byte[] file = poiWorkbook();
        assertThat(SheetCapture.sheetNames(xlsx, file)).containsExactly("Partenariats", "Cachée");
        SheetCapture sheet = SheetCapture.read(xlsx, file, "Partenariats");
        assertThat(sheet.merged).containsExactly("A1:D1", "B7:C9");
        assertThat(sheet.rows).containsExactly(
                "1: A=TEXT:Recensement 2013",
                "3: A=TEXT:Kayes | B=NUMBER:1500 | C=NUMBER:-0.25 | D=NUMBER:0.3 | F=BOOLEAN:TRUE",
                "4: A=DATE:2012-03-22 | B=DATE:2013-05-17T10:30 | C=NUMBER:41000.5",
                "5: A=ERROR:#N/A | B=NUMBER:3000 | C=TEXT:ab | D=ERROR:#DIV/0!",
                "7 hidden: A=TEXT:Ségou\nMopti");
        assertThat(SheetCapture.read(xlsx, file, "Cachée").rows).containsExactly("1: A=TEXT:secret");
    }

    @Test
    void readsWhatForeignWritersWrite() {
        String sheet = "<sheetData>"
                + "<row><c t=\"inlineStr\"><is><r><t>Coll</t></r><r><rPr><b/></rPr><t>ectivité</t></r>"
                + "<rPh><t>ignored</t></rPh></is></c><c><v>1.5E3</v></c><c t=\"str\"><f>A1</f><v>Coll</v></c></row>"
                + "<row><c r=\"C2\" t=\"e\"><v>#REF!</v></c><c t=\"b\"><v>0</v></c><c t=\"d\"><v>2012-03-22T00:00:00"
                + "</v></c><c r=\"H2\" t=\"inlineStr\"><is><t>a_x000D_b</t></is></c></row>"
                + "<row r=\"5\" hidden=\"1\"><c r=\"A5\" s=\"1\"><v>0</v></c><c r=\"B5\" s=\"2\"><v>41000</v></c></row>"
                + "<row r=\"6\"><c r=\"A6\"/><c r=\"B6\"><f>SUM(A1:A2)</f><v></v></c></row>"
                + "<row r=\"7\"/></sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:B2\"/></mergeCells>";
        String styles = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"[Red]yyyy\\-mm\\-dd\"/></numFmts>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"22\"/></cellXfs>";
        byte[] file = SheetCapture.xlsx(sheet, styles, "<workbookPr date1904=\"1\"/>");
        SheetCapture read = SheetCapture.read(xlsx, file, "Feuil1");
        assertThat(read.merged).containsExactly("A1:B2");
        assertThat(read.rows).containsExactly(
                "1: A=TEXT:Collectivité | B=NUMBER:1500 | C=TEXT:Coll",
                "2: C=ERROR:#REF! | D=BOOLEAN:FALSE | E=DATE:2012-03-22 | H=TEXT:a\rb",
                // Day 0 of the 1904 system; day 41000 is 2016-04-02 there, 2012-04-01 in the 1900 one.
                "5 hidden: A=DATE:1904-01-01 | B=DATE:2016-04-02",
                "6: B=ERROR:#N/A");
    }

    @Test
    void theVisitorStopsTheReading() throws IOException {
        SheetCapture two = new SheetCapture(2);
        try (var book = xlsx.open(new java.io.ByteArrayInputStream(poiWorkbook()), "book",
                org.census.io.spi.FormatOptions.NONE)) {
            book.read("Partenariats", two);
            // A sheet may be read more than once.
            SheetCapture again = new SheetCapture(1);
            book.read("Partenariats", again);
            assertThat(again.rows).containsExactly("1: A=TEXT:Recensement 2013");
        }
        assertThat(two.rows).hasSize(2);
    }

    @Test
    void aSheetOfNoSuchNameIsRefusedNamingThoseThereAre() {
        assertThatThrownBy(() -> SheetCapture.read(xlsx, poiWorkbook(), "Feuil9"))
                .isInstanceOf(CensusFormatException.class)
                .hasMessage("book: Feuil9: no sheet of that name; the workbook has \"Partenariats\", \"Cachée\"");
    }

    @Test
    void isFoundThroughTheServiceLoader() {
        assertThat(ServiceLoader.load(SheetFormat.class).stream().map(p -> p.get().name()).toList())
                .contains("xlsx");
    }

    @Test
    void recognisesAZipThatIsNoOpenDocument() throws IOException {
        assertThat(xlsx.recognises(poiWorkbook())).isTrue();
        assertThat(xlsx.recognises(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
            (byte) 0xB1, 0x1A, (byte) 0xE1})).isFalse();
        assertThat(xlsx.recognises("a;b\n".getBytes())).isFalse();
        assertThat(xlsx.recognises(SheetCapture.zip(List.of("mimetype"), "mimetype",
                "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>"))).isFalse();
    }
}
