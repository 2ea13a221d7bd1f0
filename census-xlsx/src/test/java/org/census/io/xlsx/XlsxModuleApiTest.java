package org.census.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.census.io.spi.CensusFormat;
import org.census.testing.ModuleDescriptors;
import org.junit.jupiter.api.Test;

/** census-xlsx exports the questionnaires; the xlsx format is a provider, reached by name; census-io comes along. */
class XlsxModuleApiTest {

    @Test
    void exportsTheQuestionnairesNotTheFormat() throws Exception {
        ModuleDescriptor module = ModuleDescriptors.beside(XlsxCensusFormat.class);
        assertThat(module.name()).isEqualTo("org.census.xlsx");
        assertThat(ModuleDescriptors.exports(module)).isEqualTo(new TreeMap<>(Map.of(
                "org.census.io.questionnaire", Set.of())));
        // Who uses the questionnaires uses census-io's facade and census-core's model with them.
        assertThat(module.requires()).filteredOn(r -> r.name().equals("org.census.io")).singleElement()
                .satisfies(r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
        assertThat(module.provides()).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo(CensusFormat.class.getName());
            assertThat(p.providers()).containsExactly(XlsxCensusFormat.class.getName());
        });
        // The services file serves the class path; the module declaration, the module path: they name the same.
        Path classes = Path.of(XlsxCensusFormat.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(Files.readAllLines(classes.resolve("META-INF/services/" + CensusFormat.class.getName())))
                .containsExactlyElementsOf(module.provides().iterator().next().providers());
    }
}
