package org.census.io.table.internal;

import org.census.CensusException;
import org.census.CensusIOException;
import org.census.internal.Plugins;
import org.census.io.spi.FormatOptions;
import org.census.io.table.spi.SheetBook;
import org.census.io.table.spi.SheetFormat;
import org.census.io.table.spi.SheetLimits;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The spreadsheet readers found by {@link ServiceLoader} (CSV in census-io; xlsx, xls and ods in census-xlsx), and
 * the choice of one for a file: the one that recognises its first bytes, else the one claiming its extension, else
 * the text reader (csv), which recognises nothing since text has no signature.
 */
public final class SheetFormats {
    private final List<SheetFormat> formats;

    private SheetFormats(List<SheetFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    public static SheetFormats load(ClassLoader loader) {
        Plugins.Loaded<SheetFormat> loaded = Plugins.load(ServiceLoader.load(SheetFormat.class, loader),
                f -> f.name() == null ? Optional.of("name() returned null") : Optional.empty());
        return new SheetFormats(loaded.plugins());
    }

    /** The readers given, for tests and applications with readers of their own. */
    public static SheetFormats of(List<SheetFormat> formats) {
        return new SheetFormats(formats);
    }

    public List<String> names() {
        return formats.stream().map(SheetFormat::name).toList();
    }

    /** Opens a file with the reader its content, else its name, calls for. The stream is not closed. */
    public SheetBook open(InputStream in, String source, FormatOptions options) {
        BufferedInputStream buffered = new BufferedInputStream(in, 8192);
        byte[] head = CensusIOException.call(source + ": cannot read", () -> {
            buffered.mark(SheetLimits.SNIFF_BYTES);
            byte[] h = buffered.readNBytes(SheetLimits.SNIFF_BYTES);
            buffered.reset();
            return h;
        });
        SheetFormat format = formats.stream().filter(f -> f.recognises(head)).findFirst()
                .or(() -> extension(source).flatMap(ext -> formats.stream().filter(f -> f.extensions().contains(ext))
                        .findFirst()))
                .or(() -> formats.stream().filter(f -> f.name().equals("csv")).findFirst())
                .orElseThrow(() -> new CensusException(source + ": no spreadsheet reader for this file; readers "
                        + "installed: " + names()));
        return format.open(buffered, source, options);
    }

    private static Optional<String> extension(String source) {
        int dot = source.lastIndexOf('.');
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return dot > slash && dot < source.length() - 1
                ? Optional.of(source.substring(dot + 1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
