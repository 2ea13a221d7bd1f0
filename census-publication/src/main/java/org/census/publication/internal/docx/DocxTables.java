package org.census.publication.internal.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.census.publication.internal.document.Block;
import org.census.publication.internal.document.Block.Cell;
import org.census.publication.internal.document.Block.Row;
import org.census.publication.internal.document.Block.TableRole;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Tables in the Table Grid style, as wide as the text, their columns in the proportions the document gives, the
 * layout fixed so that Word and LibreOffice do not re-balance them. The header row repeats on each page; no row
 * splits across pages; heading cells (the header row, a presentation's labels) are shaded, total rows bold, marked
 * rows in the Marked style. A row with fewer cells than the table has columns is filled with empty ones, as Word
 * expects.
 */
final class DocxTables {
    static final String HEADER_FILL = "D9E2F3";
    static final String LABEL_FILL = "F2F2F2";

    private final DocxRuns runs;

    DocxTables(DocxRuns runs) {
        this.runs = runs;
    }

    void write(CTBody body, Block.Table table) {
        int columns = columns(table);
        if (columns == 0) {
            return;
        }
        int[] widths = twips(table.widths(), columns);
        CTTbl tbl = body.addNewTbl();
        CTTblPr props = tbl.addNewTblPr();
        props.addNewTblStyle().setVal(DocxStyles.TABLE_GRID);
        props.addNewTblW().setW(BigInteger.valueOf(DocxPage.TEXT_WIDTH));
        props.getTblW().setType(STTblWidth.DXA);
        props.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = tbl.addNewTblGrid();
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        if (!table.header().isEmpty()) {
            row(tbl, new Row(table.header(), false, false), widths, true, true);
        }
        // A fiche's parties and presentation stay on one page with its heading: each row keeps with the next.
        boolean together = table.role() == TableRole.PARTIES || table.role() == TableRole.PRESENTATION;
        List<Row> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            row(tbl, rows.get(i), widths, false, together && i < rows.size() - 1);
        }
    }

    /** As many columns as the widest row has cells, counting spans. */
    static int columns(Block.Table table) {
        int columns = span(table.header());
        for (Row row : table.rows()) {
            columns = Math.max(columns, span(row.cells()));
        }
        return columns;
    }

    private static int span(List<Cell> cells) {
        return cells.stream().mapToInt(Cell::span).sum();
    }

    /** The text width shared in the given proportions, or evenly when they do not fit the columns. */
    static int[] twips(List<Integer> proportions, int columns) {
        List<Integer> weights = new ArrayList<>(proportions);
        long sum = weights.stream().mapToLong(Integer::longValue).sum();
        if (weights.size() != columns || weights.stream().anyMatch(w -> w <= 0)) {
            weights = new ArrayList<>(java.util.Collections.nCopies(columns, 1));
            sum = columns;
        }
        int[] widths = new int[columns];
        int left = DocxPage.TEXT_WIDTH;
        for (int i = 0; i < columns; i++) {
            widths[i] = i == columns - 1 ? left : (int) (DocxPage.TEXT_WIDTH * weights.get(i) / sum);
            left -= widths[i];
        }
        return widths;
    }

    /** A row; keepNext keeps it on the page of the next (a header row always does, not to stand alone). */
    private void row(CTTbl tbl, Row row, int[] widths, boolean header, boolean keepNext) {
        CTRow tr = tbl.addNewTr();
        CTTrPr trPr = tr.addNewTrPr();
        trPr.addNewCantSplit();
        if (header) {
            trPr.addNewTblHeader();
        }
        int column = 0;
        for (Cell cell : row.cells()) {
            int span = cell.span();
            cell(tr, cell, width(widths, column, span), header ? HEADER_FILL : cell.header() ? LABEL_FILL : null,
                    new DocxRuns.Look(header || cell.header() || row.total(), row.marked()), keepNext);
            column += span;
        }
        for (; column < widths.length; column++) {
            cell(tr, new Cell(List.of(), false, 1), widths[column], null, DocxRuns.Look.PLAIN, keepNext);
        }
    }

    private static int width(int[] widths, int from, int span) {
        int sum = 0;
        for (int i = from; i < from + span; i++) {
            sum += widths[i];
        }
        return sum;
    }

    private void cell(CTRow tr, Cell cell, int width, String fill, DocxRuns.Look look, boolean keepNext) {
        CTTc tc = tr.addNewTc();
        CTTcPr tcPr = tc.addNewTcPr();
        tcPr.addNewTcW().setW(BigInteger.valueOf(width));
        tcPr.getTcW().setType(STTblWidth.DXA);
        if (cell.span() > 1) {
            tcPr.addNewGridSpan().setVal(BigInteger.valueOf(cell.span()));
        }
        if (fill != null) {
            CTShd shading = tcPr.addNewShd();
            shading.setVal(STShd.CLEAR);
            shading.setColor("auto");
            shading.setFill(fill);
        }
        // Every cell holds a paragraph, even an empty one: Word repairs a file whose cell has none.
        CTP paragraph = tc.addNewP();
        CTPPr props = paragraph.addNewPPr();
        props.addNewPStyle().setVal(DocxStyles.TABLE_TEXT);
        if (keepNext) {
            props.addNewKeepNext();
        }
        runs.write(paragraph, cell.text(), look);
    }
}
