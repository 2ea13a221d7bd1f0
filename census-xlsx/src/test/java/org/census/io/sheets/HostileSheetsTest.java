package org.census.io.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.census.CensusFormatException;
import org.census.io.table.spi.SheetFormat;

/** Hostile xlsx sheets, each refused in one line naming the file and the place, in bounded time. */
@Timeout(60)
class HostileSheetsTest {
    private final SheetFormat xlsx = new XlsxSheetFormat();

    private CensusFormatException refused(String sheetBody) {
        byte[] file = SheetCapture.xlsx(sheetBody, null, "");
        try {
            SheetCapture.read(xlsx, file, "Feuil1");
        } catch (CensusFormatException e) {
            assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(400);
            return e;
        }
        throw new AssertionError("read without an error");
    }

    @Test
    void aRowOf20000ColumnsIsRefused() {
        StringBuilder row = new StringBuilder("<sheetData><row r=\"3\">");
        java.util.Random random = new java.util.Random(11);
        for (int c = 0; c < 20_000; c++) {
            // Values that vary, so that the part is not refused as a zip bomb first.
            row.append("<c><v>").append(random.nextInt()).append("</v></c>");
        }
        assertThat(refused(row + "</row></sheetData>")).hasMessage("book: Feuil1!3: a cell in column 16,385, "
                + "beyond XFD (16,384), the last column of a spreadsheet");
    }

    @Test
    void aCellOfMoreThan32767CharactersIsRefused() {
        assertThat(refused("<sheetData><row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>" + "x".repeat(32_768)
                + "</t></is></c></row></sheetData>")).hasMessage("book: Feuil1!B2: a cell of 32,768 characters, "
                + "more than the 32,767 a spreadsheet cell holds");
    }

    @Test
    void aSheetOfAMillionMergedRegionsIsRefused() {
        StringBuilder merges = new StringBuilder("<sheetData/><mergeCells>");
        for (int r = 1; r <= 1_000_000; r++) {
            merges.append("<mergeCell ref=\"A").append(r).append(":B").append(r).append("\"/>");
        }
        long start = System.nanoTime();
        assertThat(refused(merges + "</mergeCells>")).hasMessage("book: Feuil1: more than 100,000 merged regions, "
                + "the most a sheet may have here");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void rowsOutOfOrderAreRefused() {
        assertThat(refused("<sheetData><row r=\"5\"><c><v>1</v></c></row><row r=\"4\"><c><v>1</v></c></row>"
                + "</sheetData>")).hasMessage("book: Feuil1!4: row 4 comes after row 5: rows out of order");
    }

    @Test
    void aTruncatedWorkbookIsRefused() throws Exception {
        byte[] file = XlsxSheetFormatTest.poiWorkbook();
        assertThatThrownBy(() -> SheetCapture.read(xlsx, java.util.Arrays.copyOf(file, file.length - 40),
                "Partenariats")).isInstanceOf(CensusFormatException.class)
                .hasMessageStartingWith("book: not an xlsx workbook: no zip directory at its end");
    }
}
