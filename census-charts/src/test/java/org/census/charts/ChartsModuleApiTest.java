package org.census.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.census.charts.spi.CensusChart;
import org.census.testing.ModuleDescriptors;
import org.junit.jupiter.api.Test;

/** census-charts exports the chart set and the SPI; the built-in charts are providers, in the publication's order. */
class ChartsModuleApiTest {

    @Test
    void exportsTheApiAndProvidesTheChartsInTheServicesFilesOrder() throws Exception {
        ModuleDescriptor module = ModuleDescriptors.beside(CensusCharts.class);
        assertThat(module.name()).isEqualTo("org.census.charts");
        assertThat(ModuleDescriptors.exports(module)).isEqualTo(new TreeMap<>(Map.of(
                "org.census.charts", Set.of(), "org.census.charts.spi", Set.of())));
        Path classes = Path.of(CensusCharts.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        var listed = Files.readAllLines(classes.resolve("META-INF/services/" + CensusChart.class.getName())).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(module.provides()).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo(CensusChart.class.getName());
            assertThat(p.providers()).isEqualTo(listed);
        });
        assertThat(listed).hasSize(9);
    }
}
