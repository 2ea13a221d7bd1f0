package org.census.publication.internal.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.census.CensusException;
import org.census.CensusIOException;
import org.census.internal.Messages;
import org.census.io.CensusCollector;
import org.census.io.spi.CensusFormat;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatInfo;
import org.census.io.spi.FormatOptions;
import org.census.model.Census;
import org.census.model.CensusHeader;
import org.census.publication.EditionOptions;
import org.census.publication.internal.document.EditionRenderer;
import org.census.publication.internal.edition.EditionBuilder;

/**
 * The base of the edition formats (docx, html, pdf): write-only census formats that collect the census they are
 * given, build its edition document and hand it to their renderer. A concrete format is a public class with a
 * public no-argument constructor that passes its {@link FormatInfo} and renderer, registered as a
 * {@link CensusFormat} provider. Options: {@code lang=fr|en}, {@code since=YYYY-MM-DD}, {@code contacts=true|false}.
 */
public abstract class EditionFormat implements CensusFormat {
    private static final Map<String, String> OPTIONS = FormatOptions.described(
            "lang", "language of the labels and computed sentences: fr or en (default fr)",
            "since", "mark the fiches updated after this day, with a legend: YYYY-MM-DD (default: none marked)",
            "contacts", "print the contact persons and the credits (personal data): true or false (default false)");

    private final FormatInfo info;
    private final EditionRenderer renderer;

    protected EditionFormat(FormatInfo info, EditionRenderer renderer) {
        this.info = Objects.requireNonNull(info, "info");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        if (info.canRead() || !info.canWrite()) {
            throw new IllegalArgumentException("an edition format writes and does not read: " + info.name());
        }
    }

    @Override
    public final FormatInfo info() {
        return info;
    }

    @Override
    public final Map<String, String> options() {
        return OPTIONS;
    }

    @Override
    public final void read(java.io.InputStream in, String source, FormatOptions options, CensusSink sink) {
        throw new CensusException("format " + info.name() + " writes the edition of a census; it cannot read one");
    }

    /** A sink that collects the census and, at its end, writes the edition: the whole census is needed first. */
    @Override
    public final CensusSink write(OutputStream out, FormatOptions options) {
        EditionOptions edition = editionOptions(options);
        return new CensusCollector(info.name()) {
            @Override
            public void end(CensusHeader header) {
                super.end(header);
                write(census(), edition, out);
            }
        };
    }

    /** Writes the edition of a census to a stream, flushed, not closed. */
    public final void write(Census census, EditionOptions options, OutputStream out) {
        var document = EditionBuilder.build(census, options);
        CensusIOException.run("cannot write the " + info.name() + " edition", () -> {
            try {
                renderer.render(document, out);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            out.flush();
        });
    }

    /** The options of a format name: {@code lang}, {@code since}, {@code contacts}; unknown keys refused. */
    EditionOptions editionOptions(FormatOptions options) {
        options.onlyKeys(info.name(), OPTIONS.keySet());
        Locale locale = options.choice("lang", Set.of("fr", "en"), "fr").equals("fr") ? Locale.FRENCH
                : Locale.ENGLISH;
        Optional<LocalDate> since = options.get("since").map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new CensusException("format option since=" + Messages.cut(v, 40) + ": expected a date such as "
                        + "2013-09-01");
            }
        });
        return new EditionOptions(locale, since, options.flag("contacts", false));
    }
}
