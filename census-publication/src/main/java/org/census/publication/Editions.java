package org.census.publication;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.census.CensusException;
import org.census.internal.AtomicFiles;
import org.census.internal.Messages;
import org.census.io.CensusFormats;
import org.census.io.spi.CensusFormat;
import org.census.io.spi.FormatInfo;
import org.census.model.Census;
import org.census.publication.internal.format.EditionFormat;

/**
 * The edition of a census — the published document regenerated from its data — written in one of the installed
 * edition formats (docx, html, pdf: census formats found through {@link java.util.ServiceLoader}, listed by
 * {@link #formats()}).
 *
 * <pre>{@code
 * Editions.write(census, "pdf", EditionOptions.in(Locale.FRENCH), Path.of("edition.pdf"));
 * }</pre>
 */
public final class Editions {
    private Editions() {
    }

    /**
     * The installed edition formats.
     *
     * @return their names, in the registry's order
     */
    public static List<String> formats() {
        return CensusFormats.installed().all().stream()
                .filter(info -> CensusFormats.installed().byName(info.name()).orElseThrow() instanceof EditionFormat)
                .map(FormatInfo::name).toList();
    }

    /**
     * The file extension of an edition format ("docx"); also how to check that a format is installed.
     *
     * @param format the format's name ("docx", "html", "pdf")
     * @return its first file extension, without the dot
     *
     * @throws CensusException naming the installed edition formats when {@code format} is not one of them
     */
    public static String extension(String format) {
        return require(format).info().extensions().stream().findFirst().orElse(format);
    }

    /**
     * Writes the edition to a stream, flushed, not closed.
     *
     * @param census  the census
     * @param format  the format's name
     * @param options the language, the marking date and whether to print personal data
     * @param out     where to write
     *
     * @throws CensusException naming the installed edition formats when {@code format} is not one of them
     */
    public static void write(Census census, String format, EditionOptions options, OutputStream out) {
        Objects.requireNonNull(census, "census");
        Objects.requireNonNull(options, "options");
        require(format).write(census, options, out);
    }

    /**
     * Writes the edition to a file, atomically: a failed write leaves an earlier file as it was.
     *
     * @param census  the census
     * @param format  the format's name
     * @param options the language, the marking date and whether to print personal data
     * @param file    the file to write
     * @throws CensusException naming the installed edition formats when {@code format} is not one of them
     */
    public static void write(Census census, String format, EditionOptions options, Path file) {
        EditionFormat edition = require(format);
        AtomicFiles.write(file, out -> edition.write(census, options, out));
    }

    private static EditionFormat require(String format) {
        Objects.requireNonNull(format, "format");
        CensusFormat found = CensusFormats.installed().byName(format.strip().toLowerCase(java.util.Locale.ROOT))
                .orElse(null);
        if (found instanceof EditionFormat edition) {
            return edition;
        }
        List<String> installed = formats();
        throw new CensusException("no format " + Messages.cut(format, 40) + " installed; edition formats "
                + "installed: " + (installed.isEmpty() ? "none" : String.join(", ",
                installed)));
    }
}
