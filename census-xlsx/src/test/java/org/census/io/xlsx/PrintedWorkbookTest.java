package org.census.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.census.bundled.BundledCensus;
import org.census.io.questionnaire.QuestionnaireTemplate;
import org.census.io.testing.TestCensus;
import org.census.io.xlsx.PrintedPages.Page;
import org.census.model.Action;
import org.census.model.Census;
import org.census.model.Partnership;

/**
 * The workbooks people print (issue 14), printed to PDF by LibreOffice headless: the bundled census's tables
 * workbook, a blank questionnaire and the questionnaire filled with the partnership that has the most actions. Each
 * sheet prints on A4 one page wide, its pages within a stated bound, its header on each page. Measured with
 * LibreOffice 7.4: the workbook 35 pages (112 before the page set-up), Partenariats 8, Parties 7, Contacts 6,
 * Actions 10, every other sheet 1; the blank questionnaire 1 + 2 pages, the filled one 1 + 2. Skipped, saying why,
 * where {@code soffice} is not installed. The PDFs are left in target/printed for a look by eye.
 */
class PrintedWorkbookTest {
    private static final Census BUNDLED = BundledCensus.load();
    private static final List<String> TABLE_SHEETS = List.of("Synthèse", "Partenariats", "Parties", "Contacts",
            "Actions", "Donateurs", "Chiffres publiés", "Édition", "Textes de l'édition");
    /** The most pages each sheet of the bundled census's workbook may take: its measure, and some room. */
    private static final Map<String, Integer> MOST_PAGES = Map.of("Synthèse", 1, "Partenariats", 14, "Parties", 10,
            "Contacts", 8, "Actions", 15, "Donateurs", 1, "Chiffres publiés", 1, "Édition", 1,
            "Textes de l'édition", 5);

    @TempDir
    static Path dir;

    private static Partnership filled;
    private static Map<String, List<Page>> workbook;
    private static Map<String, List<Page>> blank;
    private static Map<String, List<Page>> questionnaire;

    @BeforeAll
    static void print() throws Exception {
        PrintedPages.requireSoffice();
        Path xlsx = dir.resolve("ml-2013.xlsx");
        Files.write(xlsx, TestCensus.write(BUNDLED, "xlsx"));
        Path empty = dir.resolve("questionnaire.xlsx");
        QuestionnaireTemplate.write(empty, BUNDLED.edition());
        filled = BUNDLED.partnerships().stream().max(Comparator.comparingInt(p -> p.actions().size())).orElseThrow();
        Path full = dir.resolve("questionnaire-" + filled.id() + ".xlsx");
        QuestionnaireTemplate.write(full, BUNDLED.edition(), filled);
        List<List<Page>> printed = PrintedPages.print(dir, xlsx, empty, full);
        Path kept = Files.createDirectories(Path.of("target", "printed"));
        for (Path pdf : List.of(xlsx, empty, full)) {
            String name = pdf.getFileName().toString().replace(".xlsx", ".pdf");
            Files.copy(dir.resolve("pdf").resolve(name), kept.resolve(name),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        workbook = PrintedPages.bySheet(printed.get(0));
        blank = PrintedPages.bySheet(printed.get(1));
        questionnaire = PrintedPages.bySheet(printed.get(2));
    }

    @Test
    void everySheetOfTheWorkbookPrintsLandscapeOnA4WithinItsBound() {
        assertThat(workbook.keySet()).containsExactlyElementsOf(TABLE_SHEETS);
        for (String sheet : TABLE_SHEETS) {
            List<Page> pages = workbook.get(sheet);
            assertThat(pages).as(sheet).hasSizeBetween(1, MOST_PAGES.get(sheet));
            assertThat(pages).as(sheet).allMatch(Page::landscape).allMatch(Page::a4);
        }
        assertThat(workbook.get("Synthèse")).hasSize(1);
        assertThat(workbook.values().stream().mapToInt(List::size).sum()).isLessThanOrEqualTo(45);
    }

    /**
     * No column cut off: every page of a sheet shows its header row (the print titles), the first column's header
     * and the last's on the same page.
     */
    @Test
    void everyPageOfTheWorkbookShowsTheWholeHeaderRow() {
        for (TablesLayout.Sheet sheet : List.of(TablesLayout.PARTNERSHIPS, TablesLayout.PARTIES,
                TablesLayout.CONTACTS, TablesLayout.ACTIONS, TablesLayout.DONORS, TablesLayout.STATED,
                TablesLayout.EDITION, TablesLayout.TEXTS)) {
            List<TablesLayout.Column> columns = sheet.columns();
            for (Page page : workbook.get(sheet.name())) {
                assertThat(squeezed(page.text())).as("%s page %d", sheet.name(), page.number())
                        .contains(squeezed(columns.get(0).header()))
                        .contains(squeezed(columns.get(columns.size() - 1).header()));
            }
        }
        Page overview = workbook.get("Synthèse").get(0);
        assertThat(squeezed(overview.text())).contains("Chiffre").contains("Publié")
                .contains(squeezed("Budgets des actions, total haut (€)"));
    }

    @Test
    void theBlankQuestionnairesFichePrintsOnOnePortraitPageAndItsActionsLandscape() {
        assertThat(blank.keySet()).containsExactly("Fiche", "Actions");
        Page fiche = blank.get("Fiche").get(0);
        assertThat(blank.get("Fiche")).hasSize(1);
        assertThat(fiche.landscape()).isFalse();
        assertThat(fiche.a4()).isTrue();
        // The instructions, wrapped inside the page, whole; the last field's label on the same page.
        assertThat(squeezed(fiche.text()))
                .contains(squeezed("Ne renommez pas les onglets ni les libellés de la colonne A : ils servent à "
                        + "relire la fiche."))
                .contains(squeezed("« Entre 1 500 et 3 000 € », « Avril à août 2012 »)."))
                .contains(squeezed("Personnes nommées dans les réponses (non publiées)"));
        actionsPrintWithTheirHeader(blank.get("Actions"), 3);
    }

    @Test
    void aFilledQuestionnairePrintsLikeTheSourcesFiche() {
        assertThat(questionnaire.keySet()).containsExactly("Fiche", "Actions");
        assertThat(questionnaire.get("Fiche")).hasSize(1);
        Page fiche = questionnaire.get("Fiche").get(0);
        assertThat(fiche.landscape()).isFalse();
        assertThat(squeezed(fiche.text())).contains(squeezed(filled.id()))
                .contains(squeezed(filled.perspectives()))
                .contains(squeezed(filled.localMeans()));
        List<Page> actions = questionnaire.get("Actions");
        actionsPrintWithTheirHeader(actions, 4);
        String all = squeezed(String.join(" ", actions.stream().map(Page::text).toList()));
        for (Action a : filled.actions()) {
            // Wrapped in its cell, never cut: every description is printed whole.
            assertThat(all).as("action %s", a.number()).contains(squeezed(a.description()));
        }
    }

    private static void actionsPrintWithTheirHeader(List<Page> pages, int most) {
        assertThat(pages).hasSizeBetween(1, most).allMatch(Page::landscape).allMatch(Page::a4);
        for (Page page : pages) {
            assertThat(page.sheet()).isEqualTo("Actions");
            assertThat(page.text()).as("page %d", page.number()).containsPattern("(?m)^N° Domaine Description Période Budget Note\\s*$");
        }
    }

    /** A text as it must be found in a page's: without white space, which wrapping moves and PDF text loses. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "").replace("'", "'");
    }
}
