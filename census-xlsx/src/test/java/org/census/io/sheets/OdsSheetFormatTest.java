package org.census.io.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.census.CensusFormatException;
import org.census.io.table.spi.SheetFormat;

class OdsSheetFormatTest {
    private final SheetFormat ods = new OdsSheetFormat();

    /** An ods of these tables' XML, as LibreOffice lays it out (mimetype first, stored). */
    static byte[] ods(String tables) {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + "><office:body><office:spreadsheet>" + tables + "</office:spreadsheet></office:body>"
                + "</office:document-content>";
        return SheetCapture.zip(List.of("mimetype"), "mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml", content, "META-INF/manifest.xml", "<manifest/>");
    }

    private static final String FIRST = "<table:table table:name=\"Partenariats\">"
            + "<table:table-column table:number-columns-repeated=\"16384\"/>"
            + "<table:table-row><table:table-cell table:number-columns-spanned=\"3\" office:value-type=\"string\">"
            + "<text:p>Recensement <text:span>2013</text:span></text:p></table:table-cell>"
            + "<table:covered-table-cell table:number-columns-repeated=\"2\"><text:p>hidden</text:p>"
            + "</table:covered-table-cell></table:table-row>"
            + "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell table:number-columns-repeated="
            + "\"16384\"/></table:table-row>"
            + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Ségou<text:s text:c=\"2\"/>"
            + "et<text:tab/>Mopti<text:line-break/>2012</text:p><text:p>suite</text:p>"
            + "<office:annotation><dc:creator>someone</dc:creator><text:p>a comment</text:p></office:annotation>"
            + "</table:table-cell><table:table-cell office:value-type=\"float\" office:value=\"1500\"><text:p>1 500"
            + "</text:p></table:table-cell><table:table-cell office:value-type=\"percentage\" office:value=\"0.25\"/>"
            + "<table:table-cell office:value-type=\"currency\" office:currency=\"XOF\" office:value=\"-1.5E3\"/>"
            + "<table:table-cell office:value-type=\"date\" office:date-value=\"2012-03-22\"/>"
            + "<table:table-cell office:value-type=\"date\" office:date-value=\"2013-05-17T10:30:00.25\"/>"
            + "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\"/></table:table-row>"
            + "<table:table-row-group><table:table-row table:visibility=\"collapse\">"
            + "<table:table-cell table:formula=\"of:=1/0\" office:value-type=\"float\" office:value=\"0\""
            + " calcext:value-type=\"error\"><text:p>#DIV/0!</text:p></table:table-cell>"
            + "<table:table-cell table:formula=\"of:=[.A1]\"/>"
            + "<table:table-cell table:formula=\"of:=&quot;a&quot;\" office:value-type=\"string\""
            + " office:string-value=\"ab\"><text:p>ab</text:p></table:table-cell>"
            + "<table:table-cell table:number-columns-repeated=\"2\" table:number-rows-spanned=\"2\""
            + " office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row>"
            + "</table:table-row-group>"
            + "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell table:number-columns-"
            + "repeated=\"16384\"/></table:table-row></table:table>";

    @Test
    void readsEveryKindOfCellWithoutExpandingEmptyRepetitions() {
        byte[] file = ods(FIRST + "<table:table table:name=\"Autre\"><table:table-row><table:table-cell "
                + "office:value-type=\"string\"><text:p>b</text:p></table:table-cell></table:table-row></table:table>");
        assertThat(ods.recognises(file)).isTrue();
        assertThat(SheetCapture.sheetNames(ods, file)).containsExactly("Partenariats", "Autre");
        SheetCapture sheet = SheetCapture.read(ods, file, "Partenariats");
        assertThat(sheet.merged).containsExactly("A1:C1", "D5:D6", "E5:E6");
        assertThat(sheet.rows).containsExactly(
                "1: A=TEXT:Recensement 2013",
                "4: A=TEXT:Ségou  et\tMopti\n2012\nsuite | B=NUMBER:1500 | C=NUMBER:0.25 | D=NUMBER:-1500"
                        + " | E=DATE:2012-03-22 | F=DATE:2013-05-17T10:30 | G=BOOLEAN:TRUE",
                "5 hidden: A=ERROR:#DIV/0! | B=ERROR:#N/A | C=TEXT:ab | D=TEXT:x | E=TEXT:x");
        assertThat(SheetCapture.read(ods, file, "Autre").rows).containsExactly("1: A=TEXT:b");
    }

    @Test
    void aRepeatedRowWithAValueIsHandedOverEachTime() {
        byte[] file = ods("<table:table table:name=\"T\"><table:table-row table:number-rows-repeated=\"3\">"
                + "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"float\" office:value="
                + "\"7\"/></table:table-row></table:table>");
        assertThat(SheetCapture.read(ods, file, "T").rows).containsExactly("1: A=NUMBER:7 | B=NUMBER:7",
                "2: A=NUMBER:7 | B=NUMBER:7", "3: A=NUMBER:7 | B=NUMBER:7");
    }

    @Test
    void aRepeatedRowBombIsRefusedInOneLine() {
        byte[] file = ods("<table:table table:name=\"T\"><table:table-row table:number-rows-repeated=\"2147483647\">"
                + "<table:table-cell office:value-type=\"string\"><text:p>x</text:p></table:table-cell>"
                + "</table:table-row></table:table>");
        assertThatThrownBy(() -> SheetCapture.read(ods, file, "T"))
                .isInstanceOf(CensusFormatException.class)
                .hasMessage("book: T!1: repeated rows or cells that add more than 10,000,000 cells to the sheet, "
                        + "the most read here");
    }

    @Test
    void aRepeatedCellBombIsRefusedInOneLine() {
        byte[] file = ods("<table:table table:name=\"T\"><table:table-row><table:table-cell table:number-columns-"
                + "repeated=\"2147483647\" office:value-type=\"string\"><text:p>x</text:p></table:table-cell>"
                + "</table:table-row></table:table>");
        assertThatThrownBy(() -> SheetCapture.read(ods, file, "T"))
                .isInstanceOf(CensusFormatException.class)
                .hasMessage("book: T!1: repeated rows or cells that add more than 10,000,000 cells to the sheet, "
                        + "the most read here");
    }

    @Test
    void aCellOfTooManySpacesIsRefused() {
        byte[] file = ods("<table:table table:name=\"T\"><table:table-row><table:table-cell office:value-type="
                + "\"string\"><text:p>a<text:s text:c=\"2000000000\"/></text:p></table:table-cell></table:table-row>"
                + "</table:table>");
        assertThatThrownBy(() -> SheetCapture.read(ods, file, "T"))
                .isInstanceOf(CensusFormatException.class)
                .hasMessage("book: T!A1: a cell of more than 32,767 characters, the most a spreadsheet cell holds");
    }

    @Test
    void aTruncatedFileIsRefusedInOneLine() {
        byte[] file = ods(FIRST);
        assertThatThrownBy(() -> SheetCapture.read(ods, Arrays.copyOf(file, file.length - 30), "Partenariats"))
                .isInstanceOf(CensusFormatException.class)
                .hasMessageStartingWith("book: not a zip: no zip directory at its end")
                .hasMessageNotContaining("\n");
    }

    @Test
    void isToldFromAnXlsx() throws Exception {
        assertThat(new XlsxSheetFormat().recognises(ods(FIRST))).isFalse();
        assertThatThrownBy(() -> SheetCapture.sheetNames(ods, XlsxSheetFormatTest.poiWorkbook()))
                .isInstanceOf(CensusFormatException.class)
                .hasMessage("book: not an OpenDocument spreadsheet (ods) but an xlsx workbook (Excel 2007 or later): "
                        + "read it as xlsx, not ods");
    }
}
