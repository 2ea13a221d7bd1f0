package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.census.cli.CensusCommandTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code census charts --chart ID}: only the charts named, each drawn by the one-call chart writer. */
class ChartsCommandTest {
    @TempDir
    Path dir;

    @Test
    void onlyTheChartsNamedAreDrawnInTheLanguageAsked() throws Exception {
        Path out = dir.resolve("c");
        Cli.Run r = run("charts", "--chart", "map,regions", "--format", "svg", "--out", out.toString(),
                "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("map.svg",
                    "regions.svg");
        }
        assertThat(Files.readString(out.resolve("map.svg")))
                .contains("<title>The regions of Mali and their partnerships</title>");
        assertThat(Files.readString(out.resolve("regions.svg")))
                .contains("<title>Partnerships by region of Mali</title>");
    }

    @Test
    void anUnknownChartIsRefusedWithTheKnownOnes() {
        Cli.Run r = run("charts", "--chart", "pie", "--out", dir.resolve("c").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("census: no chart \"pie\"; known charts: map, regions, ");
        assertThat(run("charts", "--help").out()).contains("map, regions, continuation");
    }
}
