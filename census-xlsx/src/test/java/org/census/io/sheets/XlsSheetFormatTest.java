package org.census.io.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Arrays;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFFont;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

import org.census.CensusFormatException;
import org.census.io.table.spi.SheetFormat;

class XlsSheetFormatTest {
    private final SheetFormat xls = new XlsSheetFormat();

    static byte[] workbook(boolean date1904) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            if (date1904) {
                wb.getInternalWorkbook().getWorkbookRecordList().getRecords().stream()
                        .filter(r -> r instanceof org.apache.poi.hssf.record.DateWindow1904Record)
                        .forEach(r -> ((org.apache.poi.hssf.record.DateWindow1904Record) r).setWindowing((short) 1));
            }
            HSSFSheet first = wb.createSheet("Partenariats");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat((short) 14);
            CellStyle custom = wb.createCellStyle();
            custom.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            first.createRow(0).createCell(0).setCellValue("Recensement 2013");
            first.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            HSSFRow r = first.createRow(2);
            r.createCell(0).setCellValue("Kayes");
            r.createCell(1).setCellValue(1500.0);
            r.createCell(2).setCellValue(-0.25);
            r.createCell(3).setCellValue(0.1 + 0.2);
            r.createCell(5).setCellValue(true);
            HSSFRow dates = first.createRow(3);
            dates.createCell(0).setCellValue(41000);
            dates.getCell(0).setCellStyle(date);
            dates.createCell(1).setCellValue(LocalDateTime.of(2013, 5, 17, 10, 30));
            dates.getCell(1).setCellStyle(custom);
            HSSFRow formulas = first.createRow(4);
            formulas.createCell(1).setCellFormula("B3*2");
            formulas.createCell(2).setCellFormula("\"a\"&\"b\"");
            formulas.createCell(3).setCellErrorValue(FormulaError.DIV0);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            HSSFRow hidden = first.createRow(6);
            hidden.setZeroHeight(true);
            HSSFRichTextString rich = new HSSFRichTextString("Ségou\nMopti");
            HSSFFont bold = wb.createFont();
            bold.setBold(true);
            rich.applyFont(0, 5, bold);
            hidden.createCell(0).setCellValue(rich);
            first.addMergedRegion(new CellRangeAddress(6, 8, 1, 2));
            HSSFSheet second = wb.createSheet("Cachée");
            second.createRow(0).createCell(0).setCellValue("secret");
            wb.setSheetHidden(1, true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsEveryKindOfCell() throws IOException {
        byte[] file = workbook(false);
        assertThat(xls.recognises(file)).isTrue();
        assertThat(SheetCapture.sheetNames(xls, file)).containsExactly("Partenariats", "Cachée");
        SheetCapture sheet = SheetCapture.read(xls, file, "Partenariats");
        assertThat(sheet.merged).containsExactly("A1:D1", "B7:C9");
        assertThat(sheet.rows).containsExactly(
                "1: A=TEXT:Recensement 2013",
                "3: A=TEXT:Kayes | B=NUMBER:1500 | C=NUMBER:-0.25 | D=NUMBER:0.3 | F=BOOLEAN:TRUE",
                "4: A=DATE:2012-04-01 | B=DATE:2013-05-17T10:30",
                "5: B=NUMBER:3000 | C=TEXT:ab | D=ERROR:#DIV/0!",
                "7 hidden: A=TEXT:Ségou\nMopti");
        assertThat(SheetCapture.read(xls, file, "Cachée").rows).containsExactly("1: A=TEXT:secret");
    }

    @Test
    void readsDatesOfThe1904System() throws IOException {
        // Serial 41000 is 2016-04-02 from 1904 (2012-04-01 from 1900).
        assertThat(SheetCapture.read(xls, workbook(true), "Partenariats").rows.get(2))
                .startsWith("4: A=DATE:2016-04-02 | B=DATE:");
    }

    @Test
    void anEncryptedWorkbookIsRefusedInOneLine() throws IOException {
        byte[] file;
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try {
            file = workbook(false);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertThatThrownBy(() -> SheetCapture.sheetNames(xls, file))
                .isInstanceOf(CensusFormatException.class)
                .hasMessage("book: the workbook is encrypted (saved with a password): save it without one");
    }

    @Test
    void aTruncatedFileIsRefusedInOneLine() throws IOException {
        byte[] file = workbook(false);
        assertThatThrownBy(() -> SheetCapture.read(xls, Arrays.copyOf(file, file.length / 2), "Partenariats"))
                .isInstanceOf(CensusFormatException.class)
                .hasMessageStartingWith("book: not a readable xls file: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void anXlsxNamedXlsIsRefusedSayingWhatItIs() throws IOException {
        assertThatThrownBy(() -> SheetCapture.sheetNames(xls, XlsxSheetFormatTest.poiWorkbook()))
                .isInstanceOf(CensusFormatException.class)
                .hasMessage("book: not an Excel 97-2003 file (xls), or a workbook saved with a password but an xlsx "
                        + "workbook (Excel 2007 or later): read it as xlsx, not xls");
    }
}
