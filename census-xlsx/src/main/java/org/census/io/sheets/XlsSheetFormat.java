package org.census.io.sheets;

import java.io.InputStream;
import java.util.List;

import org.census.io.spi.FormatOptions;
import org.census.io.table.spi.SheetBook;
import org.census.io.table.spi.SheetFormat;

/** Excel 97-2003 workbooks (BIFF8 .xls), read record by record with POI's HSSF event API. */
public final class XlsSheetFormat implements SheetFormat {
    @Override
    public String name() {
        return "xls";
    }

    @Override
    public List<String> extensions() {
        return List.of("xls");
    }

    @Override
    public boolean recognises(byte[] head) {
        return SheetMagic.of(head) == SheetMagic.XLS;
    }

    @Override
    public SheetBook open(InputStream in, String source, FormatOptions options) {
        return XlsSheetBook.open(SheetMagic.XLS.require(in, source, name()), source);
    }
}
