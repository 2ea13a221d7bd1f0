package org.census.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.census.bundled.BundledCensus;
import org.census.model.Census;
import org.census.model.Partnership;
import org.junit.jupiter.api.Test;

/** The counts the README states of the bundled census are the data's, so that they cannot drift from it. */
class ReadmeCountsTest {

    @Test
    void theBundledCensusIsDescribedWithItsOwnCounts() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8).replace('\n', ' ');
        Census census = BundledCensus.load();
        long actions = census.partnerships().stream().mapToLong(p -> p.actions().size()).sum();
        long notes = census.partnerships().stream().map(Partnership::notes).mapToLong(java.util.List::size).sum();
        int donors = census.solidarityFund().orElseThrow().donors().size();
        assertThat(readme).contains("All " + census.partnerships().size() + " forms of")
                .contains("with " + actions + " action rows")
                .contains("the " + donors + " donors of the solidarity fund")
                .contains("(" + notes + " notes)");
    }
}
