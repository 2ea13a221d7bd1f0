package org.census.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.census.CensusFormatException;
import org.census.bundled.BundledCensus;
import org.census.io.testing.TestCensus;
import org.census.model.Census;
import org.census.model.Partnership;
import org.junit.jupiter.api.Test;

/** The column "Données personnelles" of the partnerships sheet: optional, and checked against the row's texts. */
class XlsxPersonalPartsTest {
    private static final Census BUNDLED = BundledCensus.load();

    private static byte[] editedPartnerships(Consumer<XSSFSheet> edit) {
        return TestWorkbooks.edited(TestCensus.write(BUNDLED, "xlsx"),
                book -> edit.accept(book.getSheet(TablesLayout.PARTNERSHIPS.name())));
    }

    @Test
    void theBundledPartsAreInTheirColumn() {
        int column = TablesLayout.PARTNERSHIPS.index(TablesLayout.PERSONAL_PARTS);
        byte[] xlsx = TestCensus.write(BUNDLED, "xlsx");
        TestWorkbooks.edited(xlsx, book -> {
            XSSFSheet sheet = book.getSheet(TablesLayout.PARTNERSHIPS.name());
            int kati = BUNDLED.partnerships().indexOf(BUNDLED.partnership("saint-sebastien-sur-loire-kati")
                    .orElseThrow()) + 1;
            assertThat(sheet.getRow(0).getCell(column).getStringCellValue()).isEqualTo("Données personnelles");
            assertThat(sheet.getRow(kati).getCell(column).getStringCellValue())
                    .isEqualTo("Hamala HAIDARA\nBoubacar TRAORE\nDramane CAMARA\nChristian FORTIN");
        });
    }

    /** Workbooks written before the column existed still read, with no personal part. */
    @Test
    void aWorkbookWithoutTheColumnReads() {
        int column = TablesLayout.PARTNERSHIPS.index(TablesLayout.PERSONAL_PARTS);
        byte[] xlsx = editedPartnerships(sheet -> {
            for (var row : sheet) {
                if (row.getCell(column) != null) {
                    row.removeCell(row.getCell(column));
                }
            }
        });
        Census back = TestCensus.read(xlsx, "xlsx");
        assertThat(back.partnerships()).allSatisfy(p -> assertThat(p.personalParts()).isEmpty());
        assertThat(back.partnerships().stream().map(Partnership::localMeans))
                .isEqualTo(BUNDLED.partnerships().stream().map(Partnership::localMeans).toList());
    }

    @Test
    void aPartNoTextOfTheRowHoldsNamesTheCell() {
        int column = TablesLayout.PARTNERSHIPS.index(TablesLayout.PERSONAL_PARTS);
        byte[] xlsx = editedPartnerships(sheet -> sheet.getRow(1).createCell(column).setCellValue("Anne"));
        assertThatThrownBy(() -> TestCensus.read(xlsx, "xlsx"))
                .isInstanceOf(CensusFormatException.class)
                .hasMessage("test.xlsx: Partenariats!T2: personal part \"Anne\" occurs in none of the partnership's "
                        + "texts; give it exactly as the text writes it");
    }
}
