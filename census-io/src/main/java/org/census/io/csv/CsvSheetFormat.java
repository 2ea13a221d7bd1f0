package org.census.io.csv;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.census.io.spi.FormatOptions;
import org.census.io.table.spi.SheetBook;
import org.census.io.table.spi.SheetFormat;

/**
 * CSV, TSV and text files as spreadsheets of one sheet for the {@code table} format: every cell is text, as in the
 * file. The encoding and the delimiter are found from the file ({@link CsvDecoder}, {@link CsvDelimiter}) unless the
 * options {@code encoding=utf-8|windows-1252|utf-16|iso-8859-1} and {@code delimiter=comma|semicolon|tab|pipe}
 * give them.
 */
public final class CsvSheetFormat implements SheetFormat {
    private static final Map<String, CsvDelimiter> DELIMITERS = Arrays.stream(CsvDelimiter.values())
            .collect(Collectors.toUnmodifiableMap(CsvDelimiter::optionName, Function.identity()));

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public List<String> extensions() {
        return List.of("csv", "tsv", "txt");
    }

    /** A text file has no signature: CSV is what is left when no other format recognises a file. */
    @Override
    public boolean recognises(byte[] head) {
        return false;
    }

    @Override
    public SheetBook open(InputStream in, String source, FormatOptions options) {
        Optional<String> encoding = choice(options, "encoding", CsvDecoder.ENCODINGS.keySet());
        Optional<CsvDelimiter> delimiter = choice(options, "delimiter", DELIMITERS.keySet()).map(DELIMITERS::get);
        return new CsvSheetBook(in, source, encoding, delimiter);
    }

    /** An option's value in lower case ({@code encoding=UTF-8} is utf-8), refused if not one of those allowed. */
    private static Optional<String> choice(FormatOptions options, String key, Set<String> allowed) {
        return options.get(key).map(v -> new FormatOptions(Map.of(key, v.toLowerCase(Locale.ROOT)))
                .choice(key, allowed, ""));
    }
}
