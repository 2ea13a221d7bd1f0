package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.census.bundled.BundledCensus;
import org.census.cli.Cli.Run;
import org.census.json.CensusJson;
import org.census.model.Census;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged census.jar run as a separate process, as a user runs it (integration test, after package).
 *
 * <p>A JVM start costs seconds on a loaded machine: the tests of what the commands do run in-process ({@link Cli},
 * {@code EndToEndTest} and most of the *Test classes). A new JVM on the jar is kept only where it proves something
 * that in-process runs cannot:
 * <ul>
 *   <li>the launcher script runs the jar with its JVM options and passes arguments (and the jar starts, reads its
 *       bundled census and prints in the asked language);</li>
 *   <li>the jar's contents: licences and notices (read, no JVM), the version from its manifest, the plugins of every
 *       module found through the services files the shade plugin merged ({@code formats}), the chart libraries'
 *       resources ({@code charts} in PNG, SVG, PDF);</li>
 *   <li>one failing command: exit code 1 and one line on standard error naming the file as typed;</li>
 *   <li>memory, under a heap the test sets with {@link #runWithHeap}: a workbook larger than the heap (here),
 *       {@code ModelLimitsIT}, {@code TableMemoryIT}, {@code HostileWorkbookMemoryIT}, and out-of-memory through the
 *       launcher ({@code LifecycleIT});</li>
 *   <li>signals and an interrupted run: SIGTERM and kill -9 mid-write ({@code LifecycleIT});</li>
 *   <li>standard input and output as pipes: the JVM's own streams, which in-process runs replace.</li>
 * </ul>
 */
class CensusJarIT {
    private static Path jar;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("census.jar", "target/census.jar"));
        assertThat(jar).exists();
    }

    static Run run(Path workDir, String... args) throws IOException, InterruptedException {
        return runWithHeap(workDir, "256m", args);
    }

    static Run runWithHeap(Path workDir, String heap, String... args) throws IOException, InterruptedException {
        List<String> command = java(heap, args);
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

    /** The command that runs census.jar with {@code args} in a JVM of that heap. */
    private static List<String> java(String heap, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-jar", jar.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void theJarCarriesCensusLicenceAndNoticeAndKeepsTheBundledLibrariesOwn() throws Exception {
        try (JarFile census = new JarFile(jar.toFile())) {
            for (String file : List.of("LICENSE", "NOTICE", "THIRD-PARTY.txt")) {
                assertThat(entry(census, file)).as(file)
                        .isEqualTo(Files.readString(Path.of("..", file), StandardCharsets.UTF_8));
            }
            // Appended, not dropped: census's own licence first, then those of the jars it bundles (Stax2's BSD).
            assertThat(entry(census, "META-INF/LICENSE"))
                    .startsWith(Files.readString(Path.of("..", "LICENSE"), StandardCharsets.UTF_8))
                    .contains("This copy of Stax2 API is licensed under the\nSimplified BSD License");
            assertThat(entry(census, "META-INF/NOTICE")).contains("the census contributors")
                    .contains("# Jackson JSON processor").contains("Apache POI\nCopyright 2003-");
            // JFreeChart's jar carries no licence text: census adds the LGPL's.
            assertThat(entry(census, "META-INF/THIRD-PARTY-LICENCES.txt")).contains("1. JFreeChart")
                    .contains("GNU LESSER GENERAL PUBLIC LICENSE\n                       Version 2.1, February 1999");
        }
    }

    private static String entry(JarFile jarFile, String name) throws IOException {
        assertThat(jarFile.getEntry(name)).as(name + " in census.jar").isNotNull();
        try (var in = jarFile.getInputStream(jarFile.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void versionComesFromTheJarsManifest(@TempDir Path dir) throws Exception {
        Run r = run(dir, "--version");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).matches("census \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(r.err()).isEmpty();
    }

    /** The services files of every plugin jar, merged by the shade plugin: each kind of plugin is found. */
    @Test
    void formatsListsThePluginsOfEveryModule(@TempDir Path dir) throws Exception {
        Run r = run(dir, "formats");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("json").contains("xlsx").contains("csv").contains("table").contains("hxl")
                .contains("geojson").contains("iati").contains("regions");
    }

    /** One failing command as a user sees it: the file named as typed, one line on standard error, exit code 1. */
    @Test
    void invalidFileIsOneLineWithExitCodeOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.json"), "{\"formatVersion\": 1, \"partnerships\": [", StandardCharsets.UTF_8);
        Run r = run(dir, "overview", "bad.json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("census: bad.json: ").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    /** The chart libraries' resources in the shaded jar (fonts, Batik's and PDFBox's own files). */
    @Test
    void chartsInThreeFormats(@TempDir Path dir) throws Exception {
        Run r = run(dir, "charts", "--format", "png,svg,pdf", "--dpi", "72", "--out", "c", "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("c/regions.pdf");
        assertThat(dir.resolve("c/regions.pdf")).exists();
        assertThat(ImageIO.read(dir.resolve("c/regions.png").toFile())).isNotNull();
        assertThat(Files.readString(dir.resolve("c/regions.svg"))).contains("<svg");
    }

    /** Standard input and output as pipes, as in {@code census convert - /dev/stdout --to json < in.json | ...}. */
    @Test
    void convertsFromAPipeIntoAPipe(@TempDir Path dir) throws Exception {
        Census bundled = BundledCensus.load();
        CensusJson.write(bundled, dir.resolve("in.json"));
        Path err = Files.createTempFile("census-err", ".txt");
        Process p = new ProcessBuilder(java("256m", "convert", "-", "/dev/stdout", "--to", "json"))
                .directory(dir.toFile()).redirectError(err.toFile()).start();
        CompletableFuture<Void> fed = CompletableFuture.runAsync(() -> {
            try (var in = p.getOutputStream()) {
                Files.copy(dir.resolve("in.json"), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        byte[] out;
        try (var stdout = p.getInputStream()) {
            out = stdout.readAllBytes();
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        fed.get(10, TimeUnit.SECONDS);
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        Files.write(dir.resolve("out.json"), out);
        assertThat(CensusJson.read(dir.resolve("out.json"))).isEqualTo(bundled.withoutContacts());
        assertThat(Files.readString(err)).contains("<stdin> -> /dev/stdout").contains("54 partnerships");
    }

    /** The overview streams a file one partnership at a time: a census larger than the heap still gets one. */
    @Test
    void overviewOfALargeWorkbookUnderASmallHeap(@TempDir Path dir) throws Exception {
        Run g = runWithHeap(dir, "64m", "generate", "--partnerships", "30000", "--actions-per-partnership", "10",
                "-o", "big.xlsx");
        assertThat(g.code()).as(g.err()).isZero();
        Run o = runWithHeap(dir, "48m", "overview", "big.xlsx", "--by", "domain", "--json");
        assertThat(o.code()).as(o.err()).isZero();
        var json = new ObjectMapper().readTree(o.out());
        assertThat(json.path("overview").path("forms").asInt()).isEqualTo(30000);
        assertThat(json.path("overview").path("actions").asInt()).isEqualTo(300000);
    }
}
