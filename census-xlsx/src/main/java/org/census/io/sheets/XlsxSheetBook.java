package org.census.io.sheets;

import java.util.List;

import org.census.CensusFormatException;
import org.census.Location;
import org.census.io.table.spi.SheetBook;
import org.census.io.table.spi.SheetVisitor;
import org.census.io.xlsx.XlsxPackage;

/** An xlsx workbook opened for {@link XlsxSheetFormat}: its copy is removed when the book is closed. */
final class XlsxSheetBook implements SheetBook {
    private final XlsxPackage workbook;
    private final List<String> names;
    private XlsxDateStyles styles;

    XlsxSheetBook(XlsxPackage workbook) {
        this.workbook = workbook;
        this.names = SheetNames.bounded(workbook.sheetNames(), workbook.source());
    }

    @Override
    public List<String> sheetNames() {
        return names;
    }

    @Override
    public void read(String sheet, SheetVisitor visitor) {
        if (!names.contains(sheet)) {
            throw SheetNames.noSuchSheet(workbook.source(), sheet, names);
        }
        if (styles == null) {
            // Read once, at the first sheet read: a book opened only for its sheets' names never reads them.
            styles = XlsxDateStyles.read(workbook.stylesPart(), workbook.source());
        }
        new XlsxSheetReader(workbook, styles, sheet).read(() -> workbook.sheetPart(sheet).orElseThrow(
                () -> new CensusFormatException(workbook.source(), Location.sheet(sheet), "the sheet is gone")),
                visitor);
    }

    @Override
    public void close() {
        workbook.close();
    }
}
