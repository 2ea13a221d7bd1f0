package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The IATI example shipped in docs/examples is what the command the README names makes today. */
class IatiExampleTest {

    @Test
    void theShippedIatiExampleIsWhatTheReadmeCommandMakes(@TempDir Path dir) throws Exception {
        Path made = dir.resolve("ml-2013.iati.xml");
        Cli.Run r = CensusCommandTest.run("convert",
                "../census-core/src/main/resources/org/census/bundled/ml-2013.census.json", made.toString(), "--to",
                "iati:org=XI-IATI-EXEMPLE,org-type=22");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(made)).as("docs/examples/ml-2013.iati.xml is stale: regenerate it with the "
                + "command in README, Open data")
                .isEqualTo(Files.readString(Path.of("../docs/examples/ml-2013.iati.xml")));
    }

    @Test
    void formatsListsIati() {
        Cli.Run r = CensusCommandTest.run("formats");
        assertThat(r.out()).contains("iati");
    }
}
