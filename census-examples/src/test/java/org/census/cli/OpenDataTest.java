package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The open-data exports of the tool: listed by {@code census formats}, and the README's commands
 * make the example files of {@code docs/examples/} byte for byte.
 */
class OpenDataTest {
    private static final Path BUNDLED = Path.of("../census-core/src/main/resources/org/census/bundled/ml-2013.census.json")
            .toAbsolutePath();

    @Test
    void formatsListsHxlAndGeoJson(@TempDir Path dir) throws Exception {
        Cli.Run r = Cli.run(dir, "formats");
        assertThat(r.out()).containsPattern("hxl +hxl +text/csv +no +yes")
                .containsPattern("geojson +geojson +application/geo\\+json +no +yes");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ml-2013.hxl.csv, hxl", "ml-2013.geojson, geojson:points=true"})
    void theReadmesCommandsMakeTheExamples(String file, String format, @TempDir Path dir) throws Exception {
        Cli.Run r = Cli.run(dir, "convert", BUNDLED.toString(), file, "--to", format);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve(file))).as(file)
                .isEqualTo(Files.readAllBytes(Path.of("../docs/examples", file)));
    }
}
