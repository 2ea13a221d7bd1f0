package org.census.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.census.testing.ModuleDescriptors;
import org.census.io.spi.CensusFormat;
import org.census.io.table.spi.SheetFormat;
import org.junit.jupiter.api.Test;

/**
 * census-io exports its facade, the SPI and synthetic censuses, and its internal package to census-xlsx only; the
 * formats are providers, reached by name.
 */
class IoModuleApiTest {

    @Test
    void exportsTheFacadeAndTheSpiNotTheFormats() throws Exception {
        ModuleDescriptor module = ModuleDescriptors.beside(CensusFiles.class);
        assertThat(module.name()).isEqualTo("org.census.io");
        assertThat(ModuleDescriptors.exports(module)).isEqualTo(new TreeMap<>(Map.of(
                "org.census.io", Set.of(),
                "org.census.io.spi", Set.of(),
                "org.census.io.synthetic", Set.of(),
                "org.census.io.table", Set.of(),
                "org.census.io.table.spi", Set.of(),
                "org.census.io.internal", Set.of("org.census.xlsx"))));
        Map<String, Set<String>> provided = new TreeMap<>();
        module.provides().forEach(p -> provided.put(p.service(), Set.copyOf(p.providers())));
        assertThat(provided).isEqualTo(new TreeMap<>(Map.of(
                CensusFormat.class.getName(), Set.of("org.census.io.json.JsonCensusFormat",
                        "org.census.io.csv.CsvCensusFormat", "org.census.io.iati.IatiCensusFormat",
                        "org.census.io.hxl.HxlCensusFormat", "org.census.io.geojson.GeoJsonCensusFormat",
                        "org.census.io.table.internal.TableCensusFormat"),
                SheetFormat.class.getName(), Set.of("org.census.io.csv.CsvSheetFormat"))));
        // The services files serve the class path; the module declaration, the module path: they name the same.
        Path classes = Path.of(CensusFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (Map.Entry<String, Set<String>> service : provided.entrySet()) {
            assertThat(Files.readAllLines(classes.resolve("META-INF/services/" + service.getKey())))
                    .containsExactlyInAnyOrderElementsOf(service.getValue());
        }
    }
}
