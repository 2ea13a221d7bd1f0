package org.census.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.census.io.spi.CensusFormat;
import org.census.io.table.spi.SheetFormat;
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
        Map<String, List<String>> provides = new TreeMap<>();
        module.provides().forEach(p -> provides.put(p.service(), p.providers()));
        assertThat(provides).isEqualTo(new TreeMap<>(Map.of(
                CensusFormat.class.getName(), List.of(XlsxCensusFormat.class.getName()),
                SheetFormat.class.getName(), List.of("org.census.io.sheets.XlsxSheetFormat",
                        "org.census.io.sheets.XlsSheetFormat", "org.census.io.sheets.OdsSheetFormat"))));
        // The services files serve the class path; the module declaration, the module path: they name the same.
        Path classes = Path.of(XlsxCensusFormat.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (Map.Entry<String, List<String>> service : provides.entrySet()) {
            assertThat(Files.readAllLines(classes.resolve("META-INF/services/" + service.getKey())))
                    .containsExactlyElementsOf(service.getValue());
        }
    }
}
