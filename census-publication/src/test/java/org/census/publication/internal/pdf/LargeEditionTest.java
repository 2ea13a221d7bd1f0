package org.census.publication.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edition of 5,000 fiches within a small heap: the renderer runs in a JVM of its own under {@code -Xmx512m}
 * ({@link RenderSample}), so that what the test JVM holds does not count.
 */
class LargeEditionTest {

    static String renderIn512m(Path directory, String format, int fiches, Path output)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), RenderSample.class.getName(), format, Integer.toString(fiches),
                output.toString())).redirectErrorStream(true).redirectOutput(directory.resolve("log.txt").toFile())
                .start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("the renderer ends").isTrue();
        String log = Files.readString(directory.resolve("log.txt"));
        assertThat(process.exitValue()).as(log).isZero();
        return log;
    }

    @Test
    void fiveThousandFichesAsHtmlWithin512MegabytesOfHeap(@TempDir Path directory) throws Exception {
        Path page = directory.resolve("edition.html");
        String log = renderIn512m(directory, "html", 5000, page);
        long fiches = 0;
        try (BufferedReader reader = Files.newBufferedReader(page, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("<article class=\"fiche")) {
                    fiches++;
                }
            }
        }
        assertThat(fiches).as(log).isEqualTo(5000);
    }
}
