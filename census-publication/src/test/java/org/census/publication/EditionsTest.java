package org.census.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.census.CensusException;
import org.census.bundled.BundledCensus;
import org.census.model.Census;
import org.census.testing.ModuleDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API: the edition formats found through ServiceLoader (here the test's own), written to a stream or a file. */
class EditionsTest {
    private static final Census BUNDLED = BundledCensus.load();

    @Test
    void theInstalledEditionFormatsAreFoundByName() {
        // The test's own format; docx, html and pdf too once their renderers are registered.
        assertThat(Editions.formats()).contains("edition-text");
        assertThat(Editions.extension("edition-text")).isEqualTo("txt");
    }

    @Test
    void writesToAStreamAndToAFileAtomically(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Editions.write(BUNDLED, "EDITION-TEXT", EditionOptions.in(Locale.ENGLISH), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("# Overview {#overview}");
        Path file = dir.resolve("edition.txt");
        Editions.write(BUNDLED, "edition-text", EditionOptions.in(Locale.FRENCH), file);
        assertThat(Files.readString(file)).contains("# Aperçu général {#overview}");
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void aFormatNotInstalledOrNotAnEditionFailsNamingTheInstalledOnes() {
        String installed = String.join(", ", Editions.formats());
        assertThatThrownBy(() -> Editions.write(BUNDLED, "odt", EditionOptions.in(Locale.FRENCH),
                new ByteArrayOutputStream())).isInstanceOf(CensusException.class)
                .hasMessage("no format odt installed; edition formats installed: " + installed);
        assertThatThrownBy(() -> Editions.write(BUNDLED, "json", EditionOptions.in(Locale.FRENCH),
                new ByteArrayOutputStream()))
                .hasMessage("no format json installed; edition formats installed: " + installed);
    }

    @Test
    void optionsAreNormalisedToTheTwoLanguages() {
        assertThat(EditionOptions.in(Locale.CANADA_FRENCH).locale()).isEqualTo(Locale.FRENCH);
        assertThat(EditionOptions.in(Locale.GERMANY).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theModuleExportsOnlyTheApi() throws Exception {
        ModuleDescriptor module = ModuleDescriptors.beside(Editions.class);
        assertThat(module.name()).isEqualTo("org.census.publication");
        assertThat(ModuleDescriptors.exports(module)).isEqualTo(new TreeMap<>(Map.of("org.census.publication",
                Set.of())));
    }
}
