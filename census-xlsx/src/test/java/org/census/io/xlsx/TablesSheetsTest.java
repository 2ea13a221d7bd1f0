package org.census.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.census.CensusFormatException;
import org.census.bundled.BundledCensus;
import org.census.io.testing.TestCensus;
import org.census.model.Census;

/**
 * A tables workbook whose sheets are not the layout's is refused, naming the sheet and the fix, instead of read with
 * a table's records missing: renamed, copied, duplicated or missing sheets. A sheet of a person's own is ignored.
 */
class TablesSheetsTest {
    private static final Census BUNDLED = BundledCensus.load();
    private static final byte[] XLSX = TestCensus.write(BUNDLED, "xlsx");

    private static CensusFormatException refused(byte[] workbook) {
        CensusFormatException e = TestCensus.refused(workbook, "xlsx");
        assertThat(e.getMessage()).hasSizeLessThan(700);
        return e;
    }

    private static byte[] renamed(String from, String to) {
        return TestWorkbooks.edited(XLSX, book -> book.setSheetName(book.getSheetIndex(from), to));
    }

    @Test
    void theWorkbookTheWriterWritesHasEverySheetTheReaderNeeds() {
        assertThat(TestCensus.read(XLSX, "xlsx")).isEqualTo(BUNDLED);
    }

    @Test
    void aRenamedSheetIsRefusedWithTheRenameThatFixesIt() {
        CensusFormatException copyName = refused(renamed("Actions", "Actions (2)"));
        assertThat(copyName.location().sheet()).contains("Actions (2)");
        assertThat(copyName.problem()).isEqualTo("the sheet \"Actions (2)\" is read only under its name in the "
                + "tables layout: rename it \"Actions\"");
        assertThat(refused(renamed("Parties", "parties")).problem()).endsWith("rename it \"Parties\"");
        assertThat(refused(renamed("Chiffres publiés", " chiffres  publies")).problem())
                .endsWith("rename it \"Chiffres publiés\"");
        assertThat(refused(renamed("Contacts", "Copie de Contacts")).problem()).endsWith("rename it \"Contacts\"");
    }

    @Test
    void aCopyBesideTheSheetIsRefusedSinceItsRowsWouldBeLost() {
        byte[] copied = TestWorkbooks.edited(XLSX, book -> book.cloneSheet(book.getSheetIndex("Actions")));
        CensusFormatException e = refused(copied);
        assertThat(e.location().sheet()).contains("Actions (2)");
        assertThat(e.problem()).isEqualTo("a sheet \"Actions (2)\" beside \"Actions\", whose rows would not be "
                + "read; move its rows into \"Actions\" and delete it");
    }

    @Test
    void twoSheetsOfOneNameAreRefused() {
        byte[] twice = TestWorkbooks.withPart(XLSX, "xl/workbook.xml", content -> {
            String xml = new String(content, StandardCharsets.UTF_8);
            assertThat(xml).contains("name=\"Parties\"");
            return xml.replace("name=\"Parties\"", "name=\"Actions\"").getBytes(StandardCharsets.UTF_8);
        });
        CensusFormatException e = refused(twice);
        assertThat(e.location().sheet()).contains("Actions");
        assertThat(e.problem()).startsWith("two sheets named \"Actions\"");
        byte[] twiceByCase = TestWorkbooks.withPart(XLSX, "xl/workbook.xml", content -> new String(content,
                StandardCharsets.UTF_8).replace("name=\"Parties\"", "name=\"ACTIONS\"").getBytes(StandardCharsets.UTF_8));
        assertThat(refused(twiceByCase).problem()).startsWith("two sheets named \"ACTIONS\" and \"Actions\"");
    }

    @Test
    void aMissingSheetIsRefusedNamingTheSheetsFoundAndExpected() {
        byte[] noDonors = TestWorkbooks.edited(XLSX, book -> book.removeSheetAt(book.getSheetIndex("Donateurs")));
        CensusFormatException e = refused(noDonors);
        assertThat(e.location().sheet()).contains("Donateurs");
        assertThat(e.problem()).isEqualTo("no sheet named \"Donateurs\"; the workbook has [Synthèse, Partenariats, "
                + "Parties, Contacts, Actions, Chiffres publiés, Édition, Textes de l'édition], the tables layout " + TablesSheets.REQUIRED
                + " (a sheet with no records keeps its header row)");
    }

    @Test
    void aListOfThousandsOfSheetsIsCutInTheMessage() {
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            many.add("Feuille " + "x".repeat(100) + i);
        }
        try {
            TablesSheets.check(many, "many.xlsx");
            throw new AssertionError("accepted");
        } catch (CensusFormatException e) {
            assertThat(e.problem()).contains("and 4988 more").hasSizeLessThan(1_000);
        }
    }

    @Test
    void aSheetOfAPersonsOwnAndAMissingOverviewAreFine() {
        byte[] edited = TestWorkbooks.edited(XLSX, book -> {
            book.createSheet("Mes notes").createRow(0).createCell(0).setCellValue("à relire");
            book.removeSheetAt(book.getSheetIndex("Synthèse"));
        });
        assertThat(TestCensus.read(edited, "xlsx")).isEqualTo(BUNDLED);
    }
}
