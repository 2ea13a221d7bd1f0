package org.census.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.census.CensusException;

class SheetWriterTest {
    @Test
    void aSheetStopsAtTheRowsASpreadsheetHolds() throws IOException {
        SheetWriter sheet = new SheetWriter("Actions", TablesLayout.ACTIONS.columns(), new ByteArrayOutputStream(), 3);
        sheet.row(new Object[] {"a"});
        sheet.row(new Object[] {"b"});
        assertThatThrownBy(() -> sheet.row(new Object[] {"c"})).isInstanceOf(CensusException.class)
                .hasMessage("Actions: more than 2 rows under the header, the most a spreadsheet sheet holds; write "
                        + "this census as JSON, or split it");
        assertThat(SheetWriter.MAX_ROWS).isEqualTo(1 << 20);
    }

    @Test
    void textsAreEscapedForXmlAndTheirCarriageReturnsForSpreadsheets() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetWriter sheet = new SheetWriter("Actions", TablesLayout.ACTIONS.columns(), out);
        sheet.row(new Object[] {" <a & \"b\">\r\n€ 𝄞"});
        sheet.finish();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(
                "<c r=\"A2\" s=\"4\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> &lt;a &amp; &quot;b&quot;&gt;_x000D_\n€ 𝄞"
                        + "</t></is></c>");
    }
}
