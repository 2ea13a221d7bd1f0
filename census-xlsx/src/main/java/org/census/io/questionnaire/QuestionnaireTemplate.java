package org.census.io.questionnaire;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.census.io.internal.CellText;
import org.census.model.Action;
import org.census.model.Contact;
import org.census.model.ContactSide;
import org.census.model.Partnership;
import org.census.model.Party;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.census.domain.DomainCategory;
import org.census.internal.AtomicFiles;
import org.census.io.xlsx.internal.WrappedText;
import org.census.model.CensusEdition;

/**
 * Writes a blank questionnaire for one partnership: the spreadsheet form of a census's "fiche", with instructions in
 * French, a labelled cell per field, drop-down lists for the region, the continuation, the budget trend and the
 * domain of each action, and a table of actions. Filled questionnaires are read by {@link QuestionnaireImport}.
 */
public final class QuestionnaireTemplate {
    /** The widths of the fiche's columns, label and answer, in characters. */
    private static final int LABEL_WIDTH = 34;
    private static final int ANSWER_WIDTH = 80;
    /** The widths of the action table's columns, in characters, in the order of its headers. */
    private static final int[] ACTION_WIDTHS = {6, 30, 60, 22, 22, 30};

    private QuestionnaireTemplate() {
    }

    /**
     * Writes the questionnaire for this census edition (its regions fill the region list), atomically.
     *
     * @param file    the workbook written (.xlsx)
     * @param edition the edition the questionnaire answers
     */
    public static void write(Path file, CensusEdition edition) {
        AtomicFiles.write(file, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                build(wb, edition);
                wb.write(out);
            }
        });
    }

    /**
     * Writes the questionnaire of one partnership, filled in: what a network sends an authority to update its form.
     * The questionnaire holds one region per line, one party name per line on each side, one contact per line and
     * the raw texts of the form; {@link QuestionnaireImport} reads it back.
     *
     * @param file        the workbook written (.xlsx)
     * @param edition     the edition the questionnaire answers
     * @param partnership the partnership whose answers fill it in
     */
    public static void write(Path file, CensusEdition edition, Partnership partnership) {
        AtomicFiles.write(file, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                build(wb, edition);
                fill(wb, partnership);
                wb.write(out);
            }
        });
    }

    private static void fill(XSSFWorkbook wb, Partnership p) {
        Map<String, String> answers = new HashMap<>();
        answers.put(QuestionnaireLayout.ID, p.id());
        answers.put(QuestionnaireLayout.REGION, String.join("\n", p.regions()));
        answers.put(QuestionnaireLayout.UPDATED, p.updated().raw());
        answers.put(QuestionnaireLayout.FRENCH, lines(p.frenchParties()));
        answers.put(QuestionnaireLayout.PARTNER, lines(p.partnerParties()));
        answers.put(QuestionnaireLayout.CONTACT_FR, contact(p, ContactSide.FRANCE));
        answers.put(QuestionnaireLayout.CONTACT_PARTNER, contact(p, ContactSide.PARTNER));
        answers.put(QuestionnaireLayout.FORMALISATION, p.formalisation().raw());
        answers.put(QuestionnaireLayout.DOCUMENT, p.governingDocument().raw());
        answers.put(QuestionnaireLayout.BUDGET, p.annualBudget().raw());
        answers.put(QuestionnaireLayout.CONTINUATION, p.continuation().raw());
        answers.put(QuestionnaireLayout.TREND, p.budgetTrend().raw());
        answers.put(QuestionnaireLayout.MEANS, p.localMeans());
        answers.put(QuestionnaireLayout.PERSPECTIVES, p.perspectives());
        answers.put(QuestionnaireLayout.NOTES, String.join("\n", p.notes()));
        answers.put(QuestionnaireLayout.PERSONS, String.join("\n", p.personalParts()));
        XSSFSheet form = wb.getSheet(QuestionnaireLayout.FORM);
        for (Row r : form) {
            Cell label = r.getCell(0);
            String answer = label == null ? null : answers.get(label.getStringCellValue());
            if (answer != null && !answer.isEmpty()) {
                r.getCell(1).setCellValue(CellText.neutralise(answer));
                grow(r, answer, ANSWER_WIDTH);
            }
        }
        XSSFSheet actions = wb.getSheet(QuestionnaireLayout.ACTIONS);
        int i = 1;
        for (Action a : p.actions()) {
            Row r = row(actions, i++);
            String[] cells = {a.number(), a.domain().raw(), a.description(), a.period().raw(), a.budget().raw(),
                    a.note()};
            for (int c = 0; c < cells.length; c++) {
                Cell cell = r.getCell(c) == null ? r.createCell(c) : r.getCell(c);
                if (!cells[c].isEmpty()) {
                    cell.setCellValue(CellText.neutralise(cells[c]));
                    grow(r, cells[c], ACTION_WIDTHS[c]);
                }
            }
        }
    }

    /** Makes a row tall enough for a wrapped answer, as spreadsheets do not all do on opening. */
    private static void grow(Row r, String answer, int width) {
        r.setHeightInPoints(Math.max(r.getHeightInPoints(), WrappedText.points(WrappedText.lines(answer, width))));
    }

    /**
     * The parties as the form named them, one line each, for {@link org.census.text.PartyText} to read back: the raw
     * words (which tell the kind and the place, "CERCLE DE KATI"), once for parties named together on one line
     * ("COMMUNES III, V ET VI DE BAMAKO"); the name where the raw words are missing or span lines.
     */
    private static String lines(List<Party> parties) {
        List<String> lines = new java.util.ArrayList<>();
        String previous = null;
        for (Party party : parties) {
            String raw = party.raw().strip();
            if (raw.isEmpty() || raw.lines().count() > 1) {
                lines.add(party.name());
            } else if (!raw.equals(previous)) {
                lines.add(raw);
            }
            previous = raw;
        }
        return String.join("\n", lines);
    }

    private static String contact(Partnership p, ContactSide side) {
        return p.contacts().stream().filter(c -> c.side() == side).map(Contact::raw).collect(Collectors.joining("\n"));
    }

    private static void build(XSSFWorkbook wb, CensusEdition edition) {
        XSSFSheet form = wb.createSheet(QuestionnaireLayout.FORM);
        XSSFSheet actions = wb.createSheet(QuestionnaireLayout.ACTIONS);
        XSSFSheet lists = wb.createSheet(QuestionnaireLayout.LISTS);
        List<String> domains = Arrays.stream(DomainCategory.values()).map(DomainCategory::labelFr).toList();
        String regionList = list(lists, 0, "Régions", edition.regions());
        String continuationList = list(lists, 1, "Poursuite", QuestionnaireLayout.CONTINUATIONS);
        String trendList = list(lists, 2, "Évolution", QuestionnaireLayout.TRENDS);
        String domainList = list(lists, 3, "Domaines", domains);
        wb.setSheetHidden(wb.getSheetIndex(lists), true);

        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle title = wb.createCellStyle();
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title.setFont(big);
        title.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle label = wb.createCellStyle();
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        label.setWrapText(true);
        CellStyle input = wb.createCellStyle();
        input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        input.setBorderBottom(BorderStyle.THIN);
        input.setBorderTop(BorderStyle.THIN);
        input.setBorderLeft(BorderStyle.THIN);
        input.setBorderRight(BorderStyle.THIN);
        input.setWrapText(true);
        input.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);

        form.setColumnWidth(0, LABEL_WIDTH * 256);
        form.setColumnWidth(1, ANSWER_WIDTH * 256);
        form.createRow(0).createCell(0).setCellValue("Questionnaire — " + edition.title());
        form.getRow(0).getCell(0).setCellStyle(title);
        String[] help = {
            "Remplissez une fiche par partenariat, dans les cellules jaunes de la colonne B.",
            "Les listes déroulantes proposent les réponses attendues ; un texte libre reste possible pour le budget,"
                    + " les dates et les périodes (« 73 000 € », « Entre 1 500 et 3 000 € », « Avril à août 2012 »).",
            "Dates : 17/05/2013 ou une cellule au format date. Plusieurs collectivités ou régions : une par ligne.",
            "Les actions se décrivent dans l'onglet « Actions », une ligne par action.",
            "Ne renommez pas les onglets ni les libellés de la colonne A : ils servent à relire la fiche."};
        for (int i = 0; i < help.length; i++) {
            Row r = form.createRow(1 + i);
            r.createCell(0).setCellValue(help[i]);
            form.addMergedRegion(new CellRangeAddress(1 + i, 1 + i, 0, 1));
            r.getCell(0).setCellStyle(wrap);
            // A merged cell never grows its row: the height is that of the wrapped text, within the print area.
            r.setHeightInPoints(WrappedText.points(WrappedText.lines(help[i], LABEL_WIDTH + ANSWER_WIDTH)));
        }
        DataValidationHelper dv = form.getDataValidationHelper();
        int row = QuestionnaireLayout.FIRST_FIELD_ROW;
        for (String field : QuestionnaireLayout.FIELDS) {
            Row r = form.createRow(row);
            r.createCell(0).setCellValue(field);
            r.getCell(0).setCellStyle(label);
            r.createCell(1).setCellStyle(input);
            boolean longText = field.equals(QuestionnaireLayout.PERSPECTIVES) || field.equals(QuestionnaireLayout.MEANS)
                    || field.equals(QuestionnaireLayout.NOTES)
                    || field.equals(QuestionnaireLayout.FRENCH) || field.equals(QuestionnaireLayout.PARTNER)
                    || field.equals(QuestionnaireLayout.PERSONS);
            // Room to write by hand on the printed form, which still fits one page.
            r.setHeightInPoints(Math.max(longText ? 60 : 22,
                    WrappedText.points(WrappedText.lines(field, LABEL_WIDTH))));
            String listRef = switch (field) {
                case QuestionnaireLayout.REGION -> regionList;
                case QuestionnaireLayout.CONTINUATION -> continuationList;
                case QuestionnaireLayout.TREND -> trendList;
                default -> null;
            };
            if (listRef != null) {
                // A warning, not a stop: a region or an answer the list lacks is reported by the import.
                validation(form, dv, listRef, row, row, 1, field);
            }
            row++;
        }
        form.createFreezePane(0, QuestionnaireLayout.FIRST_FIELD_ROW);

        Row header = actions.createRow(0);
        CellStyle headerStyle = wb.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerStyle.setBorderBottom(BorderStyle.THIN);
        headerStyle.setVerticalAlignment(VerticalAlignment.TOP);
        headerStyle.setWrapText(true);
        for (int c = 0; c < QuestionnaireLayout.ACTION_HEADERS.size(); c++) {
            header.createCell(c).setCellValue(QuestionnaireLayout.ACTION_HEADERS.get(c));
            header.getCell(c).setCellStyle(headerStyle);
            actions.setColumnWidth(c, ACTION_WIDTHS[c] * 256);
        }
        for (int i = 1; i <= QuestionnaireLayout.ACTION_ROWS; i++) {
            Row r = actions.createRow(i);
            for (int c = 0; c < QuestionnaireLayout.ACTION_HEADERS.size(); c++) {
                r.createCell(c).setCellStyle(input);
            }
        }
        validation(actions, actions.getDataValidationHelper(), domainList, 1, QuestionnaireLayout.ACTION_ROWS, 1,
                "Domaine");
        actions.createFreezePane(0, 1);
        wb.setActiveSheet(0);
        printSetup(wb, form, false);
        wb.setPrintArea(wb.getSheetIndex(form), 0, 1, 0, row - 1);
        printSetup(wb, actions, true);
        actions.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    /**
     * How a sheet prints: on A4, one page wide, with a footer naming the sheet and the page. The fiche prints
     * portrait on one page, as the census's own fiche; the actions, a wide table, landscape on as many pages as
     * their rows need, the header row on each. Without this a blank questionnaire printed as a ten-page jigsaw.
     */
    private static void printSetup(XSSFWorkbook wb, XSSFSheet sheet, boolean table) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(table);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) (table ? 0 : 1));
        sheet.setMargin(PageMargin.LEFT, 0.5);
        sheet.setMargin(PageMargin.RIGHT, 0.5);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.7);
        // SpreadsheetML's codes: &A the sheet's name, &P the page, &N the pages.
        sheet.getFooter().setCenter("&A — page &P / &N");
    }

    /** Writes a list in a column of the hidden sheet and returns its absolute reference. */
    private static String list(XSSFSheet lists, int column, String title, List<String> values) {
        Row head = row(lists, 0);
        head.createCell(column).setCellValue(title);
        for (int i = 0; i < values.size(); i++) {
            row(lists, i + 1).createCell(column).setCellValue(values.get(i));
        }
        char col = (char) ('A' + column);
        int last = Math.max(values.size(), 1) + 1;
        return QuestionnaireLayout.LISTS + "!$" + col + "$2:$" + col + "$" + last;
    }

    private static Row row(XSSFSheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }

    private static void validation(XSSFSheet sheet, DataValidationHelper dv, String listRef, int firstRow,
                                   int lastRow, int column, String what) {
        DataValidation v = dv.createValidation(dv.createFormulaListConstraint(listRef),
                new CellRangeAddressList(firstRow, lastRow, column, column));
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        v.createErrorBox(what, "Cette réponse n'est pas dans la liste ; elle sera signalée à l'import.");
        v.setSuppressDropDownArrow(true);
        sheet.addValidationData(v);
    }
}
