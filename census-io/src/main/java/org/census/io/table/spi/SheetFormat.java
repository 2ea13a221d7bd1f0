package org.census.io.table.spi;

import java.io.InputStream;
import java.util.List;

import org.census.io.spi.FormatOptions;

/**
 * A kind of spreadsheet file that the {@code table} format reads (CSV, xlsx, xls, ods), found by
 * {@link java.util.ServiceLoader}: a provider names its class in
 * {@code META-INF/services/org.census.io.table.spi.SheetFormat} (and in {@code provides} of its module) and has a
 * public no-argument constructor.
 *
 * <p>Every method fails only with a {@link org.census.CensusException}: a {@link org.census.CensusFormatException}
 * naming the source and the place for a file it cannot read, a {@link org.census.CensusIOException} for a stream that
 * fails. The limits of {@link SheetLimits} hold for every provider.
 */
public interface SheetFormat {

    /** Its name, lower case: {@code csv}, {@code xlsx}, {@code xls}, {@code ods}. */
    String name();

    /** The file extensions it claims, lower case, without the dot. */
    List<String> extensions();

    /**
     * Whether a file that starts with these bytes is of this format, for a file whose name says nothing or lies
     * (an xls saved as {@code .xlsx}). {@code head} holds the first bytes of the file, at most
     * {@link SheetLimits#SNIFF_BYTES}, fewer for a shorter file. A text format answers false: it is the fallback.
     */
    boolean recognises(byte[] head);

    /**
     * Opens a spreadsheet. The stream is read as far as the format needs (a zip is copied to a temporary file first)
     * and never closed: it belongs to the caller.
     *
     * @param in      the file's bytes
     * @param source  the file's name for error messages
     * @param options the options of the {@code table} format that concern the file itself ({@code sheet},
     *                {@code encoding}, {@code delimiter}); a provider ignores those it has no use for
     */
    SheetBook open(InputStream in, String source, FormatOptions options);
}
