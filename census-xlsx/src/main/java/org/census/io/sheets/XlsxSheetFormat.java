package org.census.io.sheets;

import java.io.InputStream;
import java.util.List;

import org.census.io.spi.FormatOptions;
import org.census.io.table.spi.SheetBook;
import org.census.io.table.spi.SheetFormat;
import org.census.io.xlsx.XlsxPackage;

/** Any xlsx workbook (Excel 2007 or later, or saved as such), every sheet streamed row by row. */
public final class XlsxSheetFormat implements SheetFormat {
    @Override
    public String name() {
        return "xlsx";
    }

    @Override
    public List<String> extensions() {
        return List.of("xlsx", "xlsm");
    }

    @Override
    public boolean recognises(byte[] head) {
        return SheetMagic.of(head) == SheetMagic.XLSX;
    }

    @Override
    public SheetBook open(InputStream in, String source, FormatOptions options) {
        XlsxPackage workbook = XlsxPackage.open(SheetMagic.XLSX.require(in, source, name()), source);
        try {
            return new XlsxSheetBook(workbook);
        } catch (RuntimeException | Error e) {
            workbook.close();
            throw e;
        }
    }
}
