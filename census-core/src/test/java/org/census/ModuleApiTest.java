package org.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.census.model.Census;
import org.census.testing.ModuleDescriptors;
import org.junit.jupiter.api.Test;

/** The public API is what the module exports: the packages meant for users, and the shared internals to no one else. */
class ModuleApiTest {

    @Test
    void exportsTheApiAndKeepsTheInternalsToTheLibrary() throws Exception {
        ModuleDescriptor module = ModuleDescriptors.beside(Census.class);
        assertThat(module.name()).isEqualTo("org.census.core");
        assertThat(ModuleDescriptors.exports(module)).isEqualTo(new TreeMap<>(Map.of(
                "org.census", Set.of(),
                "org.census.bundled", Set.of(),
                "org.census.domain", Set.of(),
                "org.census.json", Set.of(),
                "org.census.model", Set.of(),
                "org.census.overview", Set.of(),
                "org.census.text", Set.of(),
                "org.census.internal", Set.of("org.census.io", "org.census.xlsx", "org.census.charts",
                        "org.census.publication"))));
        assertThat(module.opens()).isEmpty();
    }
}
