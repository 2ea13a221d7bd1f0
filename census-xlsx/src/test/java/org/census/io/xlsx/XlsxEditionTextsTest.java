package org.census.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.census.CensusFormatException;
import org.census.bundled.BundledCensus;
import org.census.io.testing.TestCensus;
import org.census.model.Census;
import org.census.model.EditionTexts;
import org.junit.jupiter.api.Test;

/** The sheet "Textes de l'édition": the edition's own texts in a workbook, optional, read as strictly as the rest. */
class XlsxEditionTextsTest {
    private static final Census BUNDLED = BundledCensus.load();
    private static final String SHEET = TablesLayout.TEXTS.name();

    /** The bundled census's workbook with its texts sheet edited (a cell replaced with {@code createCell}). */
    private static byte[] editedTexts(Consumer<XSSFSheet> edit) {
        return TestWorkbooks.edited(TestCensus.write(BUNDLED, "xlsx"), book -> edit.accept(book.getSheet(SHEET)));
    }

    private static List<String> row(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < TablesLayout.TEXTS.columns().size(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : cell.getStringCellValue());
        }
        return cells;
    }

    @Test
    void theBundledTextsHaveASheetOfTheirOwnAndComeBack() {
        EditionTexts texts = BUNDLED.edition().texts();
        TestWorkbooks.edited(TestCensus.write(BUNDLED, "xlsx"), book -> {
            XSSFSheet sheet = book.getSheet(SHEET);
            assertThat(row(sheet.getRow(0))).containsExactly("Partie", "Type", "Texte", "Région", "Après");
            assertThat(row(sheet.getRow(5))).containsExactly("Page de titre", "paragraph",
                    "Version au 8 novembre 2013", "", "");
            int announced = 1 + texts.titlePage().size() + texts.foreword().size() + texts.overview().size()
                    + texts.notaBene().size();
            assertThat(row(sheet.getRow(announced))).containsExactly("À venir", "", "Bordeaux/ Bamako (à venir)",
                    "Bamako", "grand-lyon-district-bamako");
            assertThat(row(sheet.getRow(sheet.getLastRowNum()))).containsExactly("Données personnelles", "",
                    "c.koukoui@cites-unies-france.org", "", "");
            assertThat(sheet.getLastRowNum()).isEqualTo(59);
        });
        assertThat(TestCensus.read(TestCensus.write(BUNDLED, "xlsx"), "xlsx").edition().texts()).isEqualTo(texts);
    }

    @Test
    void publishedWithoutTheContactsTheSheetHoldsNoCreditsAndNoPerson() {
        Census published = BUNDLED.withoutContacts();
        TestWorkbooks.edited(TestCensus.write(published, "xlsx"), book -> {
            XSSFSheet sheet = book.getSheet(SHEET);
            for (Row r : sheet) {
                assertThat(row(r).get(0)).isNotIn("Réalisation", "Données personnelles");
                assertThat(row(r).get(2)).doesNotContain("Delebarre").doesNotContain("Koukoui");
            }
        });
        assertThat(TestCensus.read(TestCensus.write(published, "xlsx"), "xlsx")).isEqualTo(published);
    }

    /** A census without texts has no such sheet, and a workbook without it (written before it existed) reads. */
    @Test
    void theSheetIsOptional() {
        Census none = new Census(BUNDLED.edition().withTexts(EditionTexts.NONE), BUNDLED.partnerships(),
                BUNDLED.solidarityFund(), BUNDLED.statedFigures());
        TestWorkbooks.edited(TestCensus.write(none, "xlsx"), book -> assertThat(book.getSheet(SHEET)).isNull());
        byte[] removed = TestWorkbooks.edited(TestCensus.write(BUNDLED, "xlsx"),
                book -> book.removeSheetAt(book.getSheetIndex(SHEET)));
        assertThat(TestCensus.read(removed, "xlsx")).isEqualTo(none);
    }

    @Test
    void aSheetRenamedByHandIsRefusedWithTheRename() {
        byte[] renamed = TestWorkbooks.edited(TestCensus.write(BUNDLED, "xlsx"),
                book -> book.setSheetName(book.getSheetIndex(SHEET), "Textes de l'edition"));
        assertThatThrownBy(() -> TestCensus.read(renamed, "xlsx")).isInstanceOf(CensusFormatException.class)
                .hasMessage("test.xlsx: Textes de l'edition: the sheet \"Textes de l'edition\" is read only under its "
                        + "name in the tables layout: rename it \"Textes de l'édition\"");
    }

    @Test
    void anUnknownPartOrTypeNamesTheCell() {
        assertThatThrownBy(() -> TestCensus.read(editedTexts(s -> s.getRow(3).createCell(0).setCellValue("Préface")),
                "xlsx")).isInstanceOf(CensusFormatException.class).hasMessage("test.xlsx: Textes de l'édition!A4: "
                + "unknown part \"Préface\"; expected one of [Page de titre, Avant-propos, Aperçu général, Nota bene, "
                + "À venir, Réalisation, Données personnelles]");
        assertThatThrownBy(() -> TestCensus.read(editedTexts(s -> s.getRow(2).createCell(1).setCellValue("Paragraphe")),
                "xlsx")).isInstanceOf(CensusFormatException.class).hasMessage("test.xlsx: Textes de l'édition!B3: "
                + "unknown type \"Paragraphe\"; expected one of [heading, paragraph, item, footnote]");
    }

    @Test
    void aCellThePartDoesNotUseMustStayEmpty() {
        assertThatThrownBy(() -> TestCensus.read(editedTexts(s -> s.getRow(1).createCell(3).setCellValue("Bamako")),
                "xlsx")).isInstanceOf(CensusFormatException.class).hasMessage("test.xlsx: Textes de l'édition!D2: "
                + "a row of \"Page de titre\" has no Région; leave the cell empty");
    }

    @Test
    void aPersonalPartNoTextHoldsIsRefused() {
        byte[] xlsx = editedTexts(s -> s.getRow(s.getLastRowNum()).createCell(2).setCellValue("C. Koukoui"));
        assertThatThrownBy(() -> TestCensus.read(xlsx, "xlsx")).isInstanceOf(CensusFormatException.class)
                .hasMessage("test.xlsx: Textes de l'édition: personal part \"C. Koukoui\" occurs in none of the "
                        + "edition's texts; give it exactly as the text writes it");
    }

    /** One part holds at most as many rows as a list of a census ({@code CensusLimits.MAX_LIST_LENGTH}). */
    @Test
    void aPartOfMoreRowsThanAListHoldsIsRefused() {
        byte[] xlsx = editedTexts(s -> {
            int last = s.getLastRowNum();
            for (int i = 1; i <= 1_001; i++) {
                Row r = s.createRow(last + i);
                r.createCell(0).setCellValue("Nota bene");
                r.createCell(1).setCellValue("item");
                r.createCell(2).setCellValue("-");
            }
        });
        assertThatThrownBy(() -> TestCensus.read(xlsx, "xlsx")).isInstanceOf(CensusFormatException.class)
                .hasMessageStartingWith("test.xlsx: Textes de l'édition!A").hasMessageContaining("more than 1,000 items");
    }
}
