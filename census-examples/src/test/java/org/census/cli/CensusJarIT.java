package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged census.jar run as a separate process, as a user runs it (integration test, after package). */
class CensusJarIT {
    private static Path jar;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("census.jar", "target/census.jar"));
        assertThat(jar).exists();
    }

    static Run run(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("census-out", ".txt");
        Path err = Files.createTempFile("census-err", ".txt");
        Process p = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(new File("/dev/null")).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("census " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void overviewOfTheBundledCensus(@TempDir Path dir) throws Exception {
        Run r = run(dir, "overview", "--lang", "fr");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Fiches").contains("54");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void invalidFileIsOneLineWithExitCodeOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.json"), "{\"formatVersion\": 1, \"partnerships\": [", StandardCharsets.UTF_8);
        Run r = run(dir, "overview", "bad.json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("census: bad.json: ").doesNotContain("\tat ");
    }

    @Test
    void usageErrorIsExitCodeTwo(@TempDir Path dir) throws Exception {
        Run r = run(dir, "overview", "--no-such-option");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option").contains("Usage:");
    }

    @Test
    void help(@TempDir Path dir) throws Exception {
        Run r = run(dir, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: census").contains("overview");
    }
}
