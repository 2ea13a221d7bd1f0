package org.census.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * THIRD-PARTY.txt at the root is the list the build generates (license-maven-plugin, census-examples/pom.xml), not a
 * copy that can rot when a dependency changes.
 */
class ThirdPartyListTest {
    private static final Path GENERATED = Path.of("target", "third-party", "THIRD-PARTY.txt");

    @Test
    void theCommittedListIsTheGeneratedOne() throws Exception {
        assertThat(Files.readString(Path.of("..", "THIRD-PARTY.txt"), StandardCharsets.UTF_8))
                .as("THIRD-PARTY.txt differs from the dependencies; run: cp census-examples/%s THIRD-PARTY.txt",
                        GENERATED)
                .isEqualTo(generated());
    }

    @Test
    void licencesAreFoldedIntoSpdxIdsAndOurModulesAreLeftOut() throws Exception {
        // JFreeChart's POM says "GNU Lesser General Public Licence"; the parent POM's licenseMerges fold it, with
        // openhtmltopdf's spelling of the same licence.
        String lgpl = generated().substring(generated().indexOf("\nLGPL-2.1-or-later:\n"));
        assertThat(lgpl.substring(0, lgpl.indexOf("\n\n", 2))).contains("  * JFreeChart (org.jfree:jfreechart:")
                .contains("  * Openhtmltopdf Core Renderer (io.github.openhtmltopdf:openhtmltopdf-core:");
        assertThat(generated())
                .contains("\nApache-2.0:\n").contains("(com.fasterxml.jackson.core:jackson-databind:")
                .doesNotContain("Unknown license").doesNotContain("org.census:");
    }

    private static String generated() throws Exception {
        return Files.readString(GENERATED, StandardCharsets.UTF_8);
    }
}
