package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code ./census} (integration test, after package, which made the class-data-sharing archive):
 * the JVM options it chooses by the input, the archive it uses, and its silence when the JVM refuses an archive.
 */
class LauncherIT {
    private static final Path SCRIPT = Path.of("..", "census").toAbsolutePath().normalize();
    private static final Path BUNDLED = Path.of("..", "census-core", "src", "main", "resources", "org", "census",
            "bundled", "ml-2013.census.json").toAbsolutePath().normalize();

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void needsAShell() {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell runs the launcher");
        assertThat(SCRIPT).isExecutable();
    }

    private static Run run(Path script, Path dir, Map<String, String> env, File stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(stdin);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aSmallCommandRunsOnTheClientCompilerAndTheSerialCollector(@TempDir Path dir) throws Exception {
        Run r = run(SCRIPT, dir, Map.of("JAVA_OPTS", "-Xmx128m -Xlog:gc:stderr"), new File("/dev/null"),
                "overview", "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Forms").contains("54");
        assertThat(r.err()).contains("Using Serial");
    }

    @Test
    void standardInputRunsWithBothCompilersAndTheParallelCollector(@TempDir Path dir) throws Exception {
        // Standard input may be a census of any size: the options of a batch job.
        Run r = run(SCRIPT, dir, Map.of("JAVA_OPTS", "-Xmx128m -Xlog:gc:stderr"), BUNDLED.toFile(),
                "overview", "-", "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Forms").contains("54");
        assertThat(r.err()).contains("Using Parallel");
    }

    @Test
    void theBuildMadeTheArchiveAndTheLauncherMapsIt(@TempDir Path dir) throws Exception {
        Run path = run(SCRIPT, dir, Map.of("CENSUS_ARCHIVE", "path"), new File("/dev/null"));
        assertThat(path.code()).isZero();
        Path archive = Path.of(path.out().strip());
        assertThat(archive).isRegularFile().hasParent(Path.of("target").toAbsolutePath());
        // census-KEY-MAJOR.jsa: the jar's and the JVM's inode, size and time, and the JVM's major version.
        assertThat(archive.getFileName().toString()).matches("census(-[0-9]+){6}-[0-9]+\\.jsa");

        Run r = run(SCRIPT, dir, Map.of("JAVA_OPTS", "-Xlog:class+load=info"), new File("/dev/null"), "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: census")
                .contains("org.census.cli.CensusCommand source: shared objects file")
                .contains("picocli.CommandLine source: shared objects file");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void anArchiveTheJvmRefusesIsIgnoredSilently(@TempDir Path dir) throws Exception {
        // A copy of the layout, so that the archive beside its jar can be spoiled.
        Path script = dir.resolve("census");
        Files.copy(SCRIPT, script);
        Path target = Files.createDirectories(dir.resolve("census-examples/target"));
        Files.copy(Path.of("target", "census.jar"), target.resolve("census.jar"));
        Run path = run(script, dir, Map.of("CENSUS_ARCHIVE", "path"), new File("/dev/null"));
        Path archive = Path.of(path.out().strip());
        assertThat(archive.getParent()).isEqualTo(target);
        Files.writeString(archive, "not an archive");

        Run r = run(script, dir, Map.of(), new File("/dev/null"), "--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("census ");
        assertThat(r.err()).isEmpty();
    }
}
