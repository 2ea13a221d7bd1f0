package org.census.io.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class RowsLeftOutTest {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"s\"><dimension "
            + "ref=\"A1:B3\"/>";
    private static final String ROWS = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a &lt;/sheetData&gt;"
            + "</t></is></c></row><row r=\"2\"><c r=\"A2\" x=\"1>0\"><v>2</v></c></row></sheetData>";
    private static final String TAIL = "<mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells></worksheet>";

    private static String leftOut(String xml, boolean byteByByte) throws IOException {
        try (InputStream in = new RowsLeftOut(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
            if (!byteByByte) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int b = in.read(); b >= 0; b = in.read()) {
                out.write(b);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void theRowsAreLeftOutAndWhatFollowsThemKept() throws IOException {
        assertThat(leftOut(HEAD + ROWS + TAIL, false)).isEqualTo(HEAD + TAIL);
        assertThat(leftOut(HEAD + ROWS + TAIL, true)).isEqualTo(HEAD + TAIL);
    }

    @Test
    void aPrefixedSheetDataEndsAtItsOwnEndTag() throws IOException {
        String rows = "<x:sheetData ><x:row r=\"1\"><x:c r=\"A1\"><x:v>1</x:v></x:c></x:row></x:sheetData >";
        assertThat(leftOut(HEAD + rows + TAIL, false)).isEqualTo(HEAD + TAIL);
    }

    @Test
    void anEmptySheetDataIsLeftOutAlone() throws IOException {
        assertThat(leftOut(HEAD + "<sheetData/>" + TAIL, false)).isEqualTo(HEAD + TAIL);
    }

    @Test
    void aPartWithoutSheetDataOrInUtf16PassesWhole() throws IOException {
        String other = HEAD + "<sheetDataX><row/></sheetDataX>" + TAIL;
        assertThat(leftOut(other, false)).isEqualTo(other);
        byte[] utf16 = (HEAD + ROWS + TAIL).getBytes(StandardCharsets.UTF_16LE);
        try (InputStream in = new RowsLeftOut(new ByteArrayInputStream(utf16))) {
            assertThat(in.readAllBytes()).isEqualTo(utf16);
        }
    }

    @Test
    void aCommentOrCdataInTheRowsIsLeftToTheWholeReading() {
        for (String inside : new String[] {"<!-- </sheetData> -->", "<![CDATA[</sheetData>]]>", "<?pi </sheetData>?>"}) {
            String xml = HEAD + "<sheetData><row r=\"1\"/>" + inside + "</sheetData>" + TAIL;
            assertThatThrownBy(() -> leftOut(xml, false)).isInstanceOf(RowsLeftOut.Unsure.class);
        }
    }

    @Test
    void aLongNameIsPassedOnWhole() throws IOException {
        String name = "p".repeat(100) + ":sheetData";
        String xml = HEAD + "<" + name + "><row/></" + name + ">" + TAIL;
        assertThat(leftOut(xml, false)).isEqualTo(xml);
    }
}
