package org.census.publication.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.census.CensusException;
import org.census.CensusIOException;
import org.census.bundled.BundledCensus;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatInfo;
import org.census.io.spi.FormatOptions;
import org.census.model.Census;
import org.census.publication.EditionOptions;
import org.census.publication.PlainTextRenderer;
import org.census.publication.TextEditionFormat;
import org.junit.jupiter.api.Test;

class EditionFormatTest {
    private static final Census BUNDLED = BundledCensus.load();
    private final EditionFormat format = new TextEditionFormat();

    @Test
    void optionsAreListedAndRead() {
        assertThat(format.options()).containsOnlyKeys("lang", "since", "contacts");
        assertThat(format.editionOptions(FormatOptions.NONE)).isEqualTo(EditionOptions.in(Locale.FRENCH));
        assertThat(format.editionOptions(FormatOptions.parse("lang=en,since=2013-09-01,contacts=true")))
                .isEqualTo(new EditionOptions(Locale.ENGLISH, Optional.of(LocalDate.of(2013, 9, 1)), true));
    }

    @Test
    void badOptionsFailInOneLineListingTheValidOnes() {
        assertThatThrownBy(() -> format.editionOptions(FormatOptions.parse("langue=fr")))
                .isInstanceOf(CensusException.class)
                .hasMessage("format edition-text has no option \"langue\"; known options: [contacts, lang, since]");
        assertThatThrownBy(() -> format.editionOptions(FormatOptions.parse("lang=de")))
                .hasMessage("format option lang=de: expected one of [en, fr]");
        assertThatThrownBy(() -> format.editionOptions(FormatOptions.parse("since=01/09/2013")))
                .hasMessage("format option since=01/09/2013: expected a date such as 2013-09-01");
    }

    @Test
    void itWritesAndDoesNotRead() {
        assertThat(format.info().canRead()).isFalse();
        assertThatThrownBy(() -> format.read(new ByteArrayInputStream(new byte[0]), "x", FormatOptions.NONE,
                null)).isInstanceOf(CensusException.class)
                .hasMessage("format edition-text writes the edition of a census; it cannot read one");
        assertThatThrownBy(() -> new EditionFormat(new FormatInfo("x", List.of("x"), "text/plain", true, true),
                new PlainTextRenderer()) {
        }).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSinkCollectsTheCensusAndWritesWhatTheBuilderBuilds() {
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        try (CensusSink sink = format.write(streamed, FormatOptions.parse("lang=en"))) {
            sink.census(BUNDLED);
        }
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        format.write(BUNDLED, EditionOptions.in(Locale.ENGLISH), direct);
        assertThat(streamed.toString(StandardCharsets.UTF_8)).startsWith("TITLE: La coopération")
                .contains("# Overview").isEqualTo(direct.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFailingStreamIsACensusIOException() {
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        assertThatThrownBy(() -> format.write(BUNDLED, EditionOptions.in(Locale.FRENCH), failing))
                .isInstanceOf(CensusIOException.class)
                .hasMessage("cannot write the edition-text edition: No space left on device");
    }
}
