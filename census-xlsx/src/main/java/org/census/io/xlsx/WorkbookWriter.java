package org.census.io.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.io.output.CloseShieldOutputStream;

import org.census.Location;
import org.census.io.xlsx.TablesLayout.Column;

/**
 * Writes the package of a workbook (SpreadsheetML, ECMA-376): the parts every workbook has, then the worksheets in
 * any order, each with frozen header row, column widths and an autofilter, their rows written by a
 * {@link SheetWriter}. Written straight as bytes rather than through a spreadsheet library, because at a million
 * rows the XML is the whole cost (see bench/xlsx-libraries.sh). The output has no time stamp: the same census gives
 * the same bytes.
 */
final class WorkbookWriter {
    static final int HEADER_STYLE = 1;
    static final int DATE_STYLE = 2;
    static final int EURO_STYLE = 3;
    static final int WRAPPED_STYLE = 4;

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private static final String TOP = "<alignment vertical=\"top\"/>";
    private static final String TOP_WRAPPED = "<alignment vertical=\"top\" wrapText=\"1\"/>";

    /**
     * A sheet of at most this many rows under its header prints on one page, scaled down if it must (the overview,
     * the edition); a longer one flows down as many pages as it needs, always one page wide.
     */
    static final int ONE_PAGE_ROWS = 50;
    /**
     * The footer of every printed page: the sheet's name, then the page's number among the sheet's pages. The codes
     * are SpreadsheetML's (&amp;C centre, &amp;A sheet name, &amp;P page, &amp;N pages).
     */
    static final String FOOTER = "&C&A — page &P / &N";

    private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final ZipOutputStream zip;
    private final XmlBuffer xml;
    private final List<String> sheets;
    /** Per sheet, in the order of {@link #sheets}: its columns and rows, for the autofilter's defined name. */
    private final int[] columns;
    private final int[] rows;

    /**
     * Starts the package of a workbook whose sheets, in the order a person sees them, are {@code sheets}.
     *
     * @param title the workbook's title in its document properties
     */
    WorkbookWriter(OutputStream out, List<String> sheets, String title) throws IOException {
        this.zip = new ZipOutputStream(out);
        // Level 1 deflates XML to a few percent of its size already, at a fraction of the default level's time.
        zip.setLevel(Deflater.BEST_SPEED);
        this.xml = new XmlBuffer(zip);
        this.sheets = List.copyOf(sheets);
        this.columns = new int[sheets.size()];
        this.rows = new int[sheets.size()];
        contentTypes();
        part("_rels/.rels", () -> xml.raw("<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + PACKAGE_RELATIONSHIPS + "/metadata/core-properties\" "
                + "Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + RELATIONSHIPS + "/extended-properties\" "
                + "Target=\"docProps/app.xml\"/></Relationships>"));
        part("docProps/app.xml", () -> xml.raw("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/"
                + "2006/extended-properties\"><Application>census</Application></Properties>"));
        part("docProps/core.xml", () -> xml.raw("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/"
                + "package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title>").text(org.census.io.internal.CellText.escapeXml(title))
                .raw("</dc:title><dc:creator>census</dc:creator></cp:coreProperties>"));
        part("xl/_rels/workbook.xml.rels", () -> {
            xml.raw("<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">");
            for (int i = 0; i < sheets.size(); i++) {
                xml.raw("<Relationship Id=\"rId").number(i + 1).raw("\" Type=\"" + RELATIONSHIPS
                        + "/worksheet\" Target=\"worksheets/sheet").number(i + 1).raw(".xml\"/>");
            }
            xml.raw("<Relationship Id=\"rId").number(sheets.size() + 1).raw("\" Type=\"" + RELATIONSHIPS
                    + "/styles\" Target=\"styles.xml\"/></Relationships>");
        });
        part("xl/styles.xml", this::styles);
    }

    /** An entry dated the earliest day a zip can say, as other writers do: the time would make each file differ. */
    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ZIP_EPOCH);
        return entry;
    }

    private interface Content {
        void write() throws IOException;
    }

    private void part(String name, Content content) throws IOException {
        zip.putNextEntry(entry(name));
        xml.raw(HEAD);
        content.write();
        xml.flush();
        zip.closeEntry();
    }

    private void contentTypes() throws IOException {
        part("[Content_Types].xml", () -> {
            xml.raw("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                    + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + CONTENT + "sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + CONTENT + "styles+xml\"/>"
                    + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "package.core-properties+xml\"/><Override PartName=\"/docProps/app.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>");
            for (int i = 0; i < sheets.size(); i++) {
                xml.raw("<Override PartName=\"/xl/worksheets/sheet").number(i + 1).raw(".xml\" ContentType=\""
                        + CONTENT + "worksheet+xml\"/>");
            }
            xml.raw("</Types>");
        });
    }

    /**
     * The styles {@link SheetWriter} refers to by number: default, header, date, euro, wrapped text. Every one is
     * aligned to the top: a wrapped cell grows its row, and a one-line value beside it must stand on the same line as
     * the first of its lines, not at the bottom where it would seem to belong to the next record.
     */
    private void styles() {
        xml.raw("<styleSheet xmlns=\"" + MAIN + "\">"
                + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"" + SheetWriter.DATE_FORMAT + "\"/>"
                + "<numFmt numFmtId=\"165\" formatCode=\"").text(SheetWriter.EURO_FORMAT).raw("\"/></numFmts>"
                + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
                + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill>"
                + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDDEBF7\"/><bgColor indexed=\"64\"/>"
                + "</patternFill></fill></fills>"
                + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
                + "<border><left/><right/><top/><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border>"
                + "</borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\">" + TOP
                + "</xf></cellStyleXfs><cellXfs count=\"5\">"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">" + TOP
                + "</xf><xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" "
                + "applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\">" + TOP_WRAPPED
                + "</xf><xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
                + "applyNumberFormat=\"1\" applyAlignment=\"1\">" + TOP
                + "</xf><xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
                + "applyNumberFormat=\"1\" applyAlignment=\"1\">" + TOP
                + "</xf><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
                + "applyAlignment=\"1\">" + TOP_WRAPPED + "</xf></cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>");
    }

    /**
     * Opens the part of a sheet and writes what comes before its rows; the rows go to the returned stream (which
     * {@link SheetWriter} writes), then {@link #endSheet}.
     */
    OutputStream beginSheet(String name, List<Column> columns) throws IOException {
        int index = index(name);
        this.columns[index] = columns.size();
        zip.putNextEntry(entry("xl/worksheets/sheet" + (index + 1) + ".xml"));
        xml.raw(HEAD).raw("<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\">")
                // Scaled to the page as its pageSetup says (fitToWidth, fitToHeight), rather than at 100 %.
                .raw("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
                .raw("<sheetViews><sheetView ").raw(index == 0 ? "tabSelected=\"1\" " : "")
                .raw("workbookViewId=\"0\"><pane xSplit=\"1\" ySplit=\"1\" topLeftCell=\"B2\" "
                        + "activePane=\"bottomRight\" state=\"frozen\"/><selection pane=\"topRight\"/>"
                        + "<selection pane=\"bottomLeft\"/><selection pane=\"bottomRight\" activeCell=\"B2\" "
                        + "sqref=\"B2\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int c = 0; c < columns.size(); c++) {
            xml.raw("<col min=\"").number(c + 1).raw("\" max=\"").number(c + 1).raw("\" width=\"")
                    .raw(Double.toString(columns.get(c).width())).raw("\" customWidth=\"1\"/>");
        }
        xml.raw("</cols><sheetData>");
        xml.flush();
        // The zip stays open for the next part.
        return CloseShieldOutputStream.wrap(zip);
    }

    /**
     * Writes what follows the rows of a sheet, {@code rows} of them under the header, and closes its part: the
     * autofilter, then how it prints. Printed, a sheet of records would otherwise be cut into pages of four columns
     * each (112 A4 pages for the bundled census): it prints landscape on A4, one page wide, with gridlines, its
     * header row repeated on every page (the print titles, in {@link #finish}), and a footer that says which sheet
     * and which page. Elements in the order the schema requires of a worksheet.
     */
    void endSheet(String name, int rows) throws IOException {
        int index = index(name);
        this.rows[index] = rows;
        xml.raw("</sheetData><autoFilter ref=\"").raw(range(index, false)).raw("\"/>")
                .raw("<printOptions gridLines=\"1\"/>")
                .raw("<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.5\" bottom=\"0.6\" header=\"0.3\" "
                        + "footer=\"0.3\"/>")
                // paperSize 9: A4. fitToHeight 0: as many pages down as the rows need.
                .raw("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"")
                .raw(rows <= ONE_PAGE_ROWS ? '1' : '0').raw("\"/>")
                .raw("<headerFooter><oddFooter>").text(FOOTER).raw("</oddFooter></headerFooter></worksheet>");
        xml.flush();
        zip.closeEntry();
    }

    /** The filtered range of a sheet, the header and its rows: A1:M264, or $A$1:$M$264 for a defined name. */
    private String range(int index, boolean absolute) {
        String fixed = absolute ? "$" : "";
        return fixed + "A" + fixed + "1:" + fixed + Location.columnLetters(Math.max(columns[index], 1)) + fixed
                + Math.max(rows[index] + 1, 2);
    }

    private int index(String name) {
        int index = sheets.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(name);
        }
        return index;
    }

    /**
     * Writes the workbook part, which names the sheets, their filter ranges and their print titles, and ends the
     * package.
     */
    void finish() throws IOException {
        part("xl/workbook.xml", () -> {
            xml.raw("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\">"
                    + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
            for (int i = 0; i < sheets.size(); i++) {
                xml.raw("<sheet name=\"").text(sheets.get(i)).raw("\" sheetId=\"").number(i + 1)
                        .raw("\" r:id=\"rId").number(i + 1).raw("\"/>");
            }
            xml.raw("</sheets><definedNames>");
            for (int i = 0; i < sheets.size(); i++) {
                // Excel's name for the range of a sheet's autofilter.
                xml.raw("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").number(i)
                        .raw("\" hidden=\"1\">'").text(sheets.get(i).replace("'", "''")).raw("'!")
                        .raw(range(i, true)).raw("</definedName>");
            }
            for (int i = 0; i < sheets.size(); i++) {
                // Excel's name for the rows printed at the top of every page: the header row.
                xml.raw("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").number(i).raw("\">'")
                        .text(sheets.get(i).replace("'", "''")).raw("'!$1:$1</definedName>");
            }
            xml.raw("</definedNames></workbook>");
        });
        zip.finish();
    }
}
