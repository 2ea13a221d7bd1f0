package org.census.io.sheets;

import java.io.InputStream;
import java.util.List;

import org.census.io.spi.FormatOptions;
import org.census.io.table.spi.SheetBook;
import org.census.io.table.spi.SheetFormat;

/**
 * OpenDocument spreadsheets (LibreOffice's .ods), their content.xml streamed with StAX over the same hardened zip
 * layer as xlsx; repeated rows and cells are never expanded when empty.
 */
public final class OdsSheetFormat implements SheetFormat {
    @Override
    public String name() {
        return "ods";
    }

    @Override
    public List<String> extensions() {
        return List.of("ods");
    }

    @Override
    public boolean recognises(byte[] head) {
        return SheetMagic.of(head) == SheetMagic.ODS;
    }

    @Override
    public SheetBook open(InputStream in, String source, FormatOptions options) {
        return OdsSheetBook.open(SheetMagic.ODS.require(in, source, name()), source);
    }
}
