package org.census.io.xlsx;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;

import org.census.io.spi.CensusFormat;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatInfo;
import org.census.io.spi.FormatOptions;

/**
 * Excel workbooks (.xlsx) in the "tables" layout: sheets Synthèse (the overview, derived), Partenariats, Parties,
 * Contacts, Actions, Donateurs, Chiffres publiés and Édition, one row per record. Written as XML bytes
 * straight into the zip ({@link WorkbookWriter}: streamed, inline strings), read with POI's read-only package and a
 * StAX cursor per sheet; the limits on untrusted input are
 * in {@link org.census.io.xlsx.internal.XlsxLimits}. No options.
 */
public final class XlsxCensusFormat implements CensusFormat {
    private static final FormatInfo INFO = new FormatInfo("xlsx", List.of("xlsx"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true, true);

    @Override
    public FormatInfo info() {
        return INFO;
    }

    @Override
    public void read(InputStream in, String source, FormatOptions options, CensusSink sink) {
        options.onlyKeys(INFO.name(), Set.of());
        try (XlsxPackage pkg = XlsxPackage.open(in, source)) {
            new XlsxTablesReader(pkg).read(sink);
        }
    }

    @Override
    public CensusSink write(OutputStream out, FormatOptions options) {
        options.onlyKeys(INFO.name(), Set.of());
        return new XlsxTablesWriter(out);
    }
}
