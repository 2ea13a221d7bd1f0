package org.census.io.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.census.io.table.spi.SheetFormat;

/**
 * One small table (table.fods, written by hand) saved by LibreOffice 7 headless as xlsx, xls and ods
 * ({@code soffice --headless --convert-to xlsx table.fods}, the same for xls and ods): each reads to the same rows.
 */
class LibreOfficeFilesTest {
    private static final List<String> ROWS = List.of(
            "1: A=TEXT:Recensement 2013",
            "3: A=TEXT:Collectivité | B=TEXT:Région | C=TEXT:Montant | D=TEXT:Date | E=TEXT:Signée",
            // LibreOffice saved the booleans, which the .fods gives no boolean style, as the numbers 1 and 0, and
            // the two formulas, recalculated on loading (their of: namespace undeclared), as errors: Err:510 in
            // its own ods, #VALUE! in xlsx and xls. That is what the three files hold.
            "4: A=TEXT:Angers | B=TEXT:Ségou | C=NUMBER:1500 | D=DATE:2012-03-22 | E=NUMBER:1",
            "5 hidden: A=TEXT:Lyon\nMétropole | B=TEXT:Kayes | C=NUMBER:-0.25 | D=DATE:2013-05-17T10:30"
                    + " | E=NUMBER:0",
            "6: C=ERROR:#VALUE! | D=ERROR:#VALUE!");
    private static final String ODS_LAST_ROW = "6: C=ERROR:Err:510 | D=ERROR:Err:510";

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "ods"})
    void theSameTableSavedByLibreOfficeReadsToTheSameRows(String extension) throws IOException {
        SheetFormat format = switch (extension) {
            case "xlsx" -> new XlsxSheetFormat();
            case "xls" -> new XlsSheetFormat();
            default -> new OdsSheetFormat();
        };
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("table." + extension)) {
            file = in.readAllBytes();
        }
        assertThat(format.recognises(file)).isTrue();
        assertThat(SheetCapture.sheetNames(format, file)).containsExactly("Partenariats");
        SheetCapture sheet = SheetCapture.read(format, file, "Partenariats");
        assertThat(sheet.merged).containsExactly("A1:C1");
        assertThat(sheet.rows.subList(0, 4)).containsExactlyElementsOf(ROWS.subList(0, 4));
        assertThat(sheet.rows.get(4)).isEqualTo(extension.equals("ods") ? ODS_LAST_ROW : ROWS.get(4));
        assertThat(sheet.rows).hasSize(5);
    }
}
