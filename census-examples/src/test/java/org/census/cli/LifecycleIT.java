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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.census.io.CensusFiles;
import org.census.io.ProgressListener;

/**
 * census.jar stopped on its way, as a user stops it or as the machine does: SIGTERM, kill -9, an out-of-memory error.
 * (Ctrl-C, SIGINT, goes through the same shutdown hook; it is not run here.) Nothing may be left in the output's folder nor in the temporary folder (a dedicated
 * java.io.tmpdir), except what only kill -9 can leave, which the next run removes.
 */
class LifecycleIT {
    /** A workbook whose conversion to xlsx takes seconds: an input copy, sheet spools and a partial output. */
    private static Path large;

    @BeforeAll
    static void generate(@TempDir Path shared) throws Exception {
        CensusJarIT.findJar();
        // Made in-process: only the runs that are stopped need a JVM of their own.
        Cli.Run g = Cli.run(shared, "generate", "--partnerships", "6000", "-o",
                "large.xlsx");
        assertThat(g.code()).as(g.err()).isZero();
        large = shared.resolve("large.xlsx");
    }

    private static Process start(Path dir, Path tmp, Path err, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-Djava.io.tmpdir=" + tmp, "-jar", Path.of(System.getProperty("census.jar",
                "target/census.jar")).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile()).redirectInput(new File("/dev/null"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
    }

    /** Waits until the conversion is writing: its output's temporary file has bytes, a sheet spool exists. */
    private static void waitUntilWriting(Process p, Path dir, Path tmp) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertThat(p.isAlive()).as("the conversion ended before it could be stopped").isTrue();
            boolean writing = files(dir).anyMatch(f -> f.getFileName().toString().startsWith(".out.xlsx.census-"
                    + p.pid() + "-") && size(f) > 0);
            if (writing && files(tmp).anyMatch(f -> f.getFileName().toString().startsWith("census-sheet"))) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the conversion did not start writing in 90 s");
    }

    /**
     * A conversion of the large workbook to {@code DIR/out/out.xlsx}, with {@code DIR/tmp} as its temporary folder,
     * stopped while it writes: by SIGTERM, or by SIGKILL (kill -9).
     */
    private static Process convertStoppedMidWrite(Path dir, boolean kill) throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Process p = start(out, tmp, dir.resolve("err.txt"), "convert", large.toString(), "out.xlsx");
        waitUntilWriting(p, out, tmp);
        if (kill) {
            p.destroyForcibly();
        } else {
            p.destroy();
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p;
    }

    /** The files under a folder, however deep. */
    private static Stream<Path> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(f -> !f.equals(dir)).toList().stream();
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0; // gone meanwhile
        }
    }

    @Test
    void sigtermMidWriteLeavesNoPartialOutputNorTemporaryFile(@TempDir Path dir) throws Exception {
        Process p = convertStoppedMidWrite(dir, false);
        Path out = dir.resolve("out");
        Path tmp = dir.resolve("tmp");
        assertThat(p.exitValue()).isEqualTo(143);
        // The files removed under the writer are no error of the user's: no "cannot write" on the way out.
        assertThat(Files.readString(dir.resolve("err.txt"))).isEmpty();
        assertThat(files(out)).isEmpty();
        assertThat(files(tmp)).isEmpty();
        assertThat(large).exists();
    }

    @Test
    void theLeftoversOfAKilledRunGoWithTheNextRunThatWritesTheSameOutput(@TempDir Path dir) throws Exception {
        Process killed = convertStoppedMidWrite(dir, true);
        Path out = dir.resolve("out");
        Path tmp = dir.resolve("tmp");
        // kill -9 runs no hook: what it leaves is there, under the dead process's id.
        assertThat(files(out).map(f -> f.getFileName().toString())).singleElement().asString()
                .startsWith(".out.xlsx.census-" + killed.pid() + "-").endsWith(".tmp");
        assertThat(files(tmp).map(f -> tmp.relativize(f).toString()))
                .anyMatch(f -> f.startsWith("census-" + killed.pid() + "-"));
        Path userFile = Files.writeString(out.resolve(".out.xlsx.mine.tmp"), "not census's");

        Process next = start(out, tmp, dir.resolve("err2.txt"), "generate", "--partnerships", "54", "-o", "out.xlsx");
        assertThat(next.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(next.exitValue()).as(Files.readString(dir.resolve("err2.txt"))).isZero();
        assertThat(files(out)).containsExactlyInAnyOrder(out.resolve("out.xlsx"), userFile);
        assertThat(files(tmp)).isEmpty();
        assertThat(CensusFiles.installed().read(out.resolve("out.xlsx"), Optional.empty(), ProgressListener.NONE)
                .partnerships()).hasSize(54);
    }

    /**
     * Through the launcher, as users run it: the message names the heap's limit, the command and the fix with
     * JAVA_OPTS; the partial output and the run's temporary files are gone.
     */
    @Test
    void anOutOfMemoryErrorSaysHowToGiveMoreAndLeavesNothing(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell runs the launcher");
        Cli.Run g = Cli.run(dir, "generate", "--partnerships", "0", "-o",
                "one.json");
        assertThat(g.code()).as(g.err()).isZero();
        // One partnership of 130 actions with 30,000-character descriptions (3.9 million characters, within the
        // record limit; 7.8 MB as the UTF-16 strings 'é' makes): a valid census, held whole while written, that
        // fills a 10 MB heap in a few large strides (many small ones make the GC thrash first); 16 MB holds it.
        String actions = IntStream.range(0, 130).mapToObj(i -> "{\"number\":\"" + i + "\",\"description\":\""
                + "é".repeat(30_000) + "\"}").collect(Collectors.joining(","));
        Path json = dir.resolve("one.json");
        Files.writeString(json, Files.readString(json).replace("\"partnerships\": []",
                "\"partnerships\": [{\"id\":\"a\",\"actions\":[" + actions + "]}]"));
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path script = Path.of("..", "census").toAbsolutePath().normalize();
        ProcessBuilder builder = new ProcessBuilder(script.toString(), "convert", "one.json", "out.xlsx")
                .directory(dir.toFile()).redirectInput(new File("/dev/null"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS", "-Xmx10m -Djava.io.tmpdir=" + tmp);
        Process p = builder.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isEqualTo(1);
        assertThat(err.lines()).singleElement().asString()
                .startsWith("census: out of memory running 'census convert one.json out.xlsx': the Java heap is "
                        + "limited to ")
                .endsWith(" MB; give it more: JAVA_OPTS=-Xmx256m " + script + " convert one.json out.xlsx");
        assertThat(files(dir).map(f -> dir.relativize(f).toString())).containsExactlyInAnyOrder("one.json", "tmp",
                "err.txt");
    }
}
