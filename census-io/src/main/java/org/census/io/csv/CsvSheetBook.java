package org.census.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.census.CensusException;
import org.census.CensusIOException;
import org.census.internal.Messages;
import org.census.io.table.spi.SheetBook;
import org.census.io.table.spi.SheetVisitor;

/**
 * A CSV file as a book of one sheet. The encoding and the delimiter are found at the first reading and kept for
 * the next ones, which read the bytes again from {@link CsvSpool}.
 */
final class CsvSheetBook implements SheetBook {
    private final CsvSpool spool;
    private final String source;
    private final String sheet;
    private final Optional<String> encoding;
    private Optional<CsvDelimiter> delimiter;
    private final boolean tabSeparated;

    CsvSheetBook(InputStream in, String source, Optional<String> encoding, Optional<CsvDelimiter> delimiter) {
        this.spool = new CsvSpool(in);
        this.source = source;
        this.sheet = sheetName(source);
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.tabSeparated = source.toLowerCase(java.util.Locale.ROOT).endsWith(".tsv");
    }

    /** The file's name without its directories and its extension, as a spreadsheet program names the sheet. */
    static String sheetName(String source) {
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name.isEmpty() ? source : name;
    }

    @Override
    public List<String> sheetNames() {
        return List.of(sheet);
    }

    @Override
    public void read(String sheetName, SheetVisitor visitor) {
        if (!sheet.equals(sheetName)) {
            throw new CensusException(source + ": no sheet \"" + Messages.cut(sheetName, 80)
                    + "\"; a CSV file has one, \"" + sheet + "\"");
        }
        try (InputStream in = spool.replay()) {
            CsvDecoder decoder = CsvDecoder.open(in, encoding);
            CsvRowReader reader = new CsvRowReader(decoder, source, sheet);
            // Found once: a later reading must split the rows the way the first did.
            delimiter = Optional.of(reader.read(delimiter, tabSeparated, visitor));
        } catch (IOException e) {
            throw new CensusIOException(source + ": cannot be read: " + Messages.reason(e), e);
        }
    }

    @Override
    public void close() {
        try {
            spool.close();
        } catch (UncheckedIOException e) {
            throw new CensusIOException(source + ": its temporary copy cannot be removed: "
                    + Messages.reason(e.getCause()), e.getCause());
        }
    }
}
