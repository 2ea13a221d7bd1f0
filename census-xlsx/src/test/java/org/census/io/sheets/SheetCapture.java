package org.census.io.sheets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.census.io.spi.FormatOptions;
import org.census.io.table.spi.CellRange;
import org.census.io.table.spi.SheetBook;
import org.census.io.table.spi.SheetCell;
import org.census.io.table.spi.SheetFormat;
import org.census.io.table.spi.SheetRow;
import org.census.io.table.spi.SheetVisitor;

/**
 * Test helper: a sheet read whole, its rows as lines such as {@code 3 hidden: A=TEXT:Kayes | C=NUMBER:1500}, its
 * merged regions as {@code A1:C1}; and small files made by hand.
 */
final class SheetCapture implements SheetVisitor {
    final List<String> merged = new ArrayList<>();
    final List<String> rows = new ArrayList<>();
    private final int stopAfter;

    SheetCapture(int stopAfter) {
        this.stopAfter = stopAfter;
    }

    SheetCapture() {
        this(Integer.MAX_VALUE);
    }

    @Override
    public void merged(CellRange r) {
        if (!rows.isEmpty()) {
            throw new AssertionError("a merged region after a row");
        }
        merged.add(SheetCell.columnName(r.firstColumn()) + r.firstRow() + ":" + SheetCell.columnName(r.lastColumn())
                + r.lastRow());
    }

    @Override
    public boolean row(SheetRow row) {
        rows.add(line(row));
        return rows.size() < stopAfter;
    }

    static String line(SheetRow row) {
        return row.number() + (row.hidden() ? " hidden" : "") + ": " + row.cells().stream()
                .map(c -> SheetCell.columnName(c.column()) + "=" + c.kind() + ":" + c.text())
                .collect(Collectors.joining(" | "));
    }

    /** Every sheet of a file, by name. */
    static List<String> sheetNames(SheetFormat format, byte[] file) {
        try (SheetBook book = format.open(new ByteArrayInputStream(file), "book", FormatOptions.NONE)) {
            return book.sheetNames();
        }
    }

    static SheetCapture read(SheetFormat format, byte[] file, String sheet) {
        SheetCapture capture = new SheetCapture();
        try (SheetBook book = format.open(new ByteArrayInputStream(file), "book", FormatOptions.NONE)) {
            book.read(sheet, capture);
        }
        return capture;
    }

    /** A zip of these parts, in this order, each deflated ({@code stored} names those stored as they are). */
    static byte[] zip(List<String> stored, String... namesAndContents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                byte[] content = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry e = new ZipEntry(namesAndContents[i]);
                if (stored.contains(namesAndContents[i])) {
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(content.length);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(content);
                    e.setCrc(crc.getValue());
                }
                zip.putNextEntry(e);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /**
     * An xlsx of one sheet "Feuil1" whose {@code sheetData} (and what follows it) is given, with no shared strings and
     * no styles unless given ({@code styles} may be null), as foreign writers make them.
     */
    static byte[] xlsx(String sheetBody, String styles, String workbookPr) {
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\""
                + "application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\""
                + "/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "spreadsheetml.worksheet+xml\"/>" + (styles == null ? "" : "<Override PartName=\"/xl/styles.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>")
                + "</Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + REL
                + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
        String workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\""
                + REL + "\">" + workbookPr + "<sheets><sheet name=\"Feuil1\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                + "</workbook>";
        String workbookRels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + REL
                + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>" + (styles == null ? "" : "<Relationship Id=\""
                + "rId2\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>") + "</Relationships>";
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\">" + sheetBody
                + "</worksheet>";
        List<String> parts = new ArrayList<>(List.of("[Content_Types].xml", types, "_rels/.rels", rels,
                "xl/workbook.xml", workbook, "xl/_rels/workbook.xml.rels", workbookRels, "xl/worksheets/sheet1.xml",
                sheet));
        if (styles != null) {
            parts.addAll(List.of("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\""
                    + MAIN + "\">" + styles + "</styleSheet>"));
        }
        return zip(List.of(), parts.toArray(String[]::new));
    }
}
