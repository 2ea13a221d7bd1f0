package org.census.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.census.CensusException;
import org.census.PluginProblem;
import org.census.bundled.BundledCensus;
import org.census.io.spi.FormatInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CensusFormatsTest {
    @TempDir
    Path dir;

    @Test
    void findsTheBundledFormatsAndOneDefinedOnlyInTests() {
        CensusFormats formats = CensusFormats.installed();
        assertThat(formats.all()).extracting(FormatInfo::name)
                .containsExactly("csv", "geojson", "hxl", "iati", "id-list", "json", "table");
        assertThat(formats.problems()).isEmpty();
        // Normalised by the record: name and extension lower case, no dot.
        assertThat(formats.byName("ID-LIST")).get().extracting(f -> f.info().extensions()).isEqualTo(List.of("ids"));
        assertThat(formats.byExtension(".IDS")).get().isInstanceOf(IdListFormat.class);
        assertThat(formats.byExtension("doc")).isEmpty();
    }

    @Test
    void testOnlyFormatWritesThroughTheFacade() throws Exception {
        Path file = dir.resolve("ids.ids");
        CensusFiles.installed().write(BundledCensus.load(), file, Optional.empty(), ProgressListener.NONE);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(55).first().isEqualTo("# ml-2013");
    }

    @Test
    void requireListsTheKnownNames() {
        assertThatThrownBy(() -> CensusFormats.installed().require("xls"))
                .isInstanceOf(CensusException.class)
                .hasMessageContaining("unknown census format \"xls\"")
                .hasMessageContaining("csv").hasMessageContaining("json").hasMessageContaining("id-list");
    }

    @Test
    void forPathUsesTheNameElseTheExtension() {
        CensusFormats formats = CensusFormats.installed();
        assertThat(formats.forPath(Path.of("a.JSON"), Optional.empty()).info().name()).isEqualTo("json");
        assertThat(formats.forPath(Path.of("a.txt"), Optional.of("csv:bom=true")).info().name()).isEqualTo("csv");
        assertThatThrownBy(() -> formats.forPath(Path.of("a.txt"), Optional.empty()))
                .hasMessage("a.txt: no census format for the extension .txt; known extensions: "
                        + "[csv, geojson, hxl, ids, json, xml], or name one of the formats "
                        + "[csv, geojson, hxl, iati, id-list, json, table]");
        assertThatThrownBy(() -> formats.forPath(Path.of("README"), Optional.empty()))
                .hasMessageStartingWith("README: no file extension to tell the format by");
    }

    @Test
    void brokenProviderIsReportedByNameAndTheOthersLoad() throws Exception {
        CensusFormats formats = CensusFormats.load(loaderNaming("org.census.io.ThrowingFormat",
                "org.census.io.NoSuchFormat"));
        assertThat(formats.problems()).hasSize(2);
        assertThat(formats.problems().get(0).toString()).contains("org.census.io.ThrowingFormat")
                .contains("broken on purpose");
        assertThat(formats.problems().get(1).toString()).contains("org.census.io.NoSuchFormat");
        assertThat(formats.byName("json")).isPresent();
    }

    @Test
    void providerWhoseInfoThrowsOrIsNullIsReportedByClassName() throws Exception {
        CensusFormats formats = CensusFormats.load(loaderNaming("org.census.io.BadInfoFormats$Throwing",
                "org.census.io.BadInfoFormats$Null"));
        assertThat(formats.problems()).extracting(PluginProblem::provider)
                .containsExactly("org.census.io.BadInfoFormats$Throwing", "org.census.io.BadInfoFormats$Null");
        assertThat(formats.problems().get(0).problem()).isEqualTo(
                "cannot be instantiated or described: IllegalStateException: no description today");
        assertThat(formats.problems().get(1).problem()).isEqualTo("info() returned null");
        assertThat(formats.all()).extracting(FormatInfo::name).contains("csv", "json");
    }

    @Test
    void installedIsBuiltOnce() {
        assertThat(CensusFormats.installed()).isSameAs(CensusFormats.installed());
    }

    @Test
    void twoProvidersOfOneNameFailNamingBoth() throws Exception {
        ClassLoader loader = loaderNaming("org.census.io.SecondJsonFormat");
        assertThatThrownBy(() -> CensusFormats.load(loader))
                .isInstanceOf(CensusException.class)
                .hasMessage("two census formats claim the name \"json\": org.census.io.json.JsonCensusFormat and "
                        + "org.census.io.SecondJsonFormat; remove one of them from the class path");
    }

    /** A class loader that adds a services file naming these providers to the test class path's own. */
    private ClassLoader loaderNaming(String... providers) throws Exception {
        Path root = Files.createTempDirectory(dir, "cp");
        Path services = root.resolve("META-INF/services/org.census.io.spi.CensusFormat");
        Files.createDirectories(services.getParent());
        Files.write(services, List.of(providers));
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, getClass().getClassLoader());
    }
}
