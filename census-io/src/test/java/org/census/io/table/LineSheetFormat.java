package org.census.io.table;

import org.census.CensusIOException;
import org.census.io.spi.FormatOptions;
import org.census.io.table.spi.SheetFormat;
import org.census.io.table.spi.SheetBook;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A spreadsheet reader defined only in test code, found through the test jar's META-INF/services: a ".lines" file
 * holds one row per line, cells between "|", in the notation of {@link MemoryBook} ("=1500" a number). A file that
 * starts with the line {@link #MAGIC} is one whatever its name.
 */
public final class LineSheetFormat implements SheetFormat {
    public static final String MAGIC = "%lines";

    @Override
    public String name() {
        return "lines";
    }

    @Override
    public List<String> extensions() {
        return List.of("lines");
    }

    @Override
    public boolean recognises(byte[] head) {
        return new String(head, StandardCharsets.UTF_8).startsWith(MAGIC);
    }

    @Override
    public SheetBook open(java.io.InputStream in, String source, FormatOptions options) {
        MemoryBook book = new MemoryBook().sheet("Feuil1");
        CensusIOException.run(source + ": cannot read", () -> {
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (n == 0 && line.equals(MAGIC)) {
                    continue;
                }
                book.row(++n, line.split("\\|", -1));
            }
        });
        return book;
    }
}
