package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.census.bundled.BundledCensus;
import org.census.io.CensusFiles;
import org.census.io.ProgressListener;
import org.census.json.CensusJson;
import org.census.model.Census;
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
        return runWithHeap(workDir, "256m", args);
    }

    static Run runWithHeap(Path workDir, String heap, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-jar", jar.toAbsolutePath().toString()));
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

    @Test
    void reportOfTheBundledCensus(@TempDir Path dir) throws Exception {
        Run r = run(dir, "report", "--lang", "fr", "--out", "rapport");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Fiches").contains("rapport/census.xlsx").contains("rapport/charts/map.png");
        Path out = dir.resolve("rapport");
        Census publishable = BundledCensus.load().withoutContacts();
        assertThat(CensusJson.read(out.resolve("census.json"))).isEqualTo(publishable);
        assertThat(CensusFiles.installed().read(out.resolve("census.xlsx"), Optional.empty(), ProgressListener.NONE))
                .isEqualTo(publishable);
        assertThat(new ObjectMapper().readTree(out.resolve("overview.json").toFile()).path("overview")
                .path("forms").asInt()).isEqualTo(54);
        assertThat(Files.readString(out.resolve("overview.md"))).contains("| Fiches | 54 |");
        try (var charts = Files.list(out.resolve("charts"))) {
            List<Path> pngs = charts.filter(p -> p.toString().endsWith(".png")).toList();
            assertThat(pngs).hasSizeGreaterThanOrEqualTo(9);
            for (Path png : pngs) {
                assertThat(ImageIO.read(png.toFile())).as(png.toString()).isNotNull();
                assertThat(Files.exists(Path.of(png.toString().replace(".png", ".svg")))).isTrue();
            }
        }
        try (var files = Files.walk(out)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void reportKeepsContactsOnlyWhenAsked(@TempDir Path dir) throws Exception {
        assertThat(run(dir, "report", "--include-contacts", "--out", "r").code()).isZero();
        assertThat(CensusJson.read(dir.resolve("r/census.json"))).isEqualTo(BundledCensus.load());
    }

    @Test
    void convertRoundTripsThroughTheWorkbook(@TempDir Path dir) throws Exception {
        Census bundled = BundledCensus.load();
        CensusJson.write(bundled, dir.resolve("in.json"));
        assertThat(run(dir, "convert", "in.json", "out.xlsx", "--include-contacts").code()).isZero();
        Run back = run(dir, "convert", "out.xlsx", "back.json", "--include-contacts");
        assertThat(back.code()).as(back.err()).isZero();
        assertThat(back.out()).contains("54 partnerships");
        assertThat(CensusJson.read(dir.resolve("back.json"))).isEqualTo(bundled);
        assertThat(run(dir, "convert", "in.json", "public.json").code()).isZero();
        assertThat(CensusJson.read(dir.resolve("public.json"))).isEqualTo(bundled.withoutContacts());
    }

    @Test
    void notAWorkbookIsOneLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("fake.xlsx"), "this is not a zip", StandardCharsets.UTF_8);
        Run r = run(dir, "overview", "fake.xlsx");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("census: fake.xlsx");
    }

    @Test
    void chartsInThreeFormats(@TempDir Path dir) throws Exception {
        Run r = run(dir, "charts", "--format", "png,svg,pdf", "--dpi", "72", "--out", "c", "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(dir.resolve("c/regions.pdf")).exists();
        assertThat(Files.readString(dir.resolve("c/regions.svg"))).contains("<svg");
    }

    @Test
    void formatsListsThePlugins(@TempDir Path dir) throws Exception {
        Run r = run(dir, "formats");
        assertThat(r.out()).contains("json").contains("xlsx").contains("csv").contains("regions");
    }

    @Test
    void generateIsDeterministicAndQuiet(@TempDir Path dir) throws Exception {
        Run a = run(dir, "generate", "--partnerships", "40", "--actions-per-partnership", "3", "--seed", "7",
                "-o", "a.xlsx");
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(a.err()).isEmpty();
        assertThat(run(dir, "generate", "--partnerships", "40", "--actions-per-partnership", "3", "--seed", "7",
                "-o", "b.json").code()).isZero();
        Census fromXlsx = CensusFiles.installed().read(dir.resolve("a.xlsx"), Optional.empty(), ProgressListener.NONE);
        assertThat(fromXlsx.partnerships()).hasSize(40);
        assertThat(fromXlsx).isEqualTo(CensusJson.read(dir.resolve("b.json")));
        Run overview = run(dir, "overview", "a.xlsx");
        assertThat(overview.code()).isZero();
        assertThat(overview.err()).isEmpty();
    }

    @Test
    void templateThenImportReportsTheBlankFields(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("recu"));
        Run t = run(dir, "template", "-o", "recu/fiche.xlsx");
        assertThat(t.code()).as(t.err()).isZero();
        Run i = run(dir, "import", "recu", "-o", "importe.json");
        assertThat(i.code()).isEqualTo(1);
        assertThat(i.out()).contains("fiche.xlsx Fiche!").contains("ERROR");
        // Nothing could be read: no empty census is written over the output.
        assertThat(i.err()).contains("no questionnaire could be read").contains("importe.json is left as it was");
        assertThat(dir.resolve("importe.json")).doesNotExist();
        assertThat(run(dir, "import", "--help").out()).contains("sheet!cell");
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

    @Test
    void aFilledQuestionnaireOfABundledFormImportsBack(@TempDir Path dir) throws Exception {
        Run t = run(dir, "template", "--partnership", "rennes-bandiagara", "-o", "rennes.xlsx");
        assertThat(t.code()).as(t.err()).isZero();
        Run i = run(dir, "import", "rennes.xlsx", "-o", "rennes.json");
        assertThat(i.out()).contains("1 partnerships");
        var back = CensusJson.read(dir.resolve("rennes.json")).partnerships().get(0);
        var original = BundledCensus.load().partnership("rennes-bandiagara").orElseThrow();
        assertThat(back.actions()).isEqualTo(original.actions());
        assertThat(back.annualBudget()).isEqualTo(original.annualBudget());
        Run unknown = run(dir, "template", "--partnership", "nowhere", "-o", "x.xlsx");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("census: no partnership \"nowhere\" in the bundled census");
    }
}
