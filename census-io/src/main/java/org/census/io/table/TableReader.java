package org.census.io.table;

import org.census.CensusIOException;
import org.census.internal.Messages;
import org.census.io.CensusCollector;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatOptions;
import org.census.io.table.internal.SheetFormats;
import org.census.io.table.internal.TableEngine;
import org.census.io.table.spi.SheetBook;
import org.census.model.Census;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads any spreadsheet (CSV, xlsx, xls, ods: the {@link org.census.io.table.spi.SheetFormat} readers installed) into
 * a census, without the command-line tool:
 *
 * <pre>{@code
 * TableReader reader = TableReader.of(BundledCensus.load());           // the edition: regions, places
 * TableProposal dryRun = reader.propose(Path.of("partenariats.xlsx"));   // what it would do
 * TableCensus read = reader.read(Path.of("partenariats.xlsx"), Optional.of(dryRun.mapping()));
 * read.census().partnerships();  read.report().warnings();
 * }</pre>
 *
 * The census edition comes from a census the caller gives: its header is the new census's, its regions (and the codes
 * and spellings census has for its partner country) and the places its parties name are what region cells are
 * matched against. Contact persons are read only when asked ({@link #withContacts(boolean)}).
 */
public final class TableReader {
    private final Census edition;
    private final boolean includeContacts;
    private final SheetFormats formats;

    private TableReader(Census edition, boolean includeContacts, SheetFormats formats) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.includeContacts = includeContacts;
        this.formats = formats;
    }

    /** A reader for censuses of that edition, with the spreadsheet readers on census-io's class path. */
    public static TableReader of(Census edition) {
        return new TableReader(edition, false, SheetFormats.load(TableReader.class.getClassLoader()));
    }

    /** The same reader, reading contact persons (personal data) or leaving them out (the default, said once). */
    public TableReader withContacts(boolean include) {
        return new TableReader(edition, include, formats);
    }

    /** The dry run of a file: the mapping its headers propose and what reading it with that mapping does. */
    public TableProposal propose(Path file) {
        return propose(file, FormatOptions.NONE, Optional.empty());
    }

    /**
     * The dry run of a file with options and, optionally, a mapping to check instead of proposing one.
     *
     * @param options the file's options ({@code sheet}, {@code encoding}, {@code delimiter})
     */
    public TableProposal propose(Path file, FormatOptions options, Optional<TableMapping> mapping) {
        return withBook(file, options, book -> engine().propose(book, file.toString(), options.get("sheet"),
                mapping));
    }

    /**
     * The dry run of a spreadsheet already open.
     *
     * @param sheet   the sheet, else the first that holds a table
     * @param mapping a mapping to check instead of proposing one
     */
    public TableProposal propose(SheetBook book, String source, Optional<String> sheet,
                                 Optional<TableMapping> mapping) {
        return engine().propose(book, source, sheet, mapping);
    }

    /** Reads a file into a census with a mapping, or with the one its headers propose. */
    public TableCensus read(Path file, Optional<TableMapping> mapping) {
        CensusCollector census = new CensusCollector(file.toString());
        TableReport report = read(file, FormatOptions.NONE, mapping, census);
        return new TableCensus(census.census(), report);
    }

    /**
     * Reads a file into a sink, one partnership at a time: warnings go to {@link CensusSink#warning} as they come.
     *
     * @param options the file's options ({@code sheet}, {@code encoding}, {@code delimiter})
     */
    public TableReport read(Path file, FormatOptions options, Optional<TableMapping> mapping, CensusSink sink) {
        return withBook(file, options, book -> engine().read(book, file.toString(),
                options.get("sheet"), mapping, sink));
    }

    /** Reads a stream (not closed) into a sink. */
    public TableReport read(InputStream in, String source, FormatOptions options, Optional<TableMapping> mapping,
                            CensusSink sink) {
        try (SheetBook book = formats.open(in, source, options)) {
            return engine().read(book, source, options.get("sheet"), mapping, sink);
        }
    }

    /** Reads a spreadsheet already open into a sink. */
    public TableReport read(SheetBook book, String source, Optional<String> sheet, Optional<TableMapping> mapping,
                            CensusSink sink) {
        return engine().read(book, source, sheet, mapping, sink);
    }

    private TableEngine engine() {
        return new TableEngine(edition, includeContacts);
    }

    private interface BookStep<T> {
        T apply(SheetBook book);
    }

    private <T> T withBook(Path file, FormatOptions options, BookStep<T> step) {
        try (InputStream in = Files.newInputStream(file); SheetBook book = formats.open(in, file.toString(),
                options)) {
            return step.apply(book);
        } catch (IOException e) {
            throw new CensusIOException(file + ": cannot read: " + Messages.reason(e), e);
        }
    }
}
