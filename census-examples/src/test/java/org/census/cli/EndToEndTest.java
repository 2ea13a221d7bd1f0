package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.census.bundled.BundledCensus;
import org.census.cli.Cli.Run;
import org.census.io.CensusFiles;
import org.census.io.ProgressListener;
import org.census.json.CensusJson;
import org.census.model.Census;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands run as a user runs them in a folder, files in and files out, in-process ({@link Cli}): what they
 * write, print and exit with. Until issue 14 each of these started census.jar; {@link CensusJarIT} keeps the runs
 * that need the jar. (A report with and without the contacts: {@code PersonalDataTest}.)
 */
class EndToEndTest {
    @Test
    void usageErrorIsExitCodeTwo(@TempDir Path dir) throws Exception {
        Run r = Cli.run(dir, "overview", "--no-such-option");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option").contains("Usage:");
    }

    @Test
    void help(@TempDir Path dir) throws Exception {
        Run r = Cli.run(dir, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: census").contains("overview");
    }

    @Test
    void reportOfTheBundledCensus(@TempDir Path dir) throws Exception {
        Run r = Cli.run(dir, "report", "--lang", "fr", "--out", "rapport");
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
    void convertRoundTripsThroughTheWorkbook(@TempDir Path dir) throws Exception {
        Census bundled = BundledCensus.load();
        CensusJson.write(bundled, dir.resolve("in.json"));
        assertThat(Cli.run(dir, "convert", "in.json", "out.xlsx", "--include-contacts").code()).isZero();
        Run back = Cli.run(dir, "convert", "out.xlsx", "back.json", "--include-contacts");
        assertThat(back.code()).as(back.err()).isZero();
        assertThat(back.out()).contains("54 partnerships");
        assertThat(CensusJson.read(dir.resolve("back.json"))).isEqualTo(bundled);
        assertThat(Cli.run(dir, "convert", "in.json", "public.json").code()).isZero();
        assertThat(CensusJson.read(dir.resolve("public.json"))).isEqualTo(bundled.withoutContacts());
    }

    @Test
    void notAWorkbookIsOneLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("fake.xlsx"), "this is not a zip", StandardCharsets.UTF_8);
        Run r = Cli.run(dir, "overview", "fake.xlsx");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("census: " + dir.resolve("fake.xlsx") + ": ");
    }

    /** Relative arguments and default outputs are the run's folder's, not the JVM's working directory's. */
    @Test
    void aDefaultOutputGoesIntoTheWorkingDirectory(@TempDir Path dir) throws Exception {
        Path jvms = Path.of("census-report").toAbsolutePath();
        assertThat(jvms).doesNotExist();
        Run r = Cli.run(dir, "charts", "--format", "svg", "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(dir.resolve("census-report/charts/regions.svg").toString());
        assertThat(Files.readString(dir.resolve("census-report/charts/regions.svg"))).contains("<svg");
        assertThat(jvms).doesNotExist();
    }

    @Test
    void generateIsDeterministicAndQuiet(@TempDir Path dir) throws Exception {
        Run a = Cli.run(dir, "generate", "--partnerships", "40", "--actions-per-partnership", "3", "--seed", "7",
                "-o", "a.xlsx");
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(a.err()).isEmpty();
        assertThat(Cli.run(dir, "generate", "--partnerships", "40", "--actions-per-partnership", "3", "--seed", "7",
                "-o", "b.json").code()).isZero();
        Census fromXlsx = CensusFiles.installed().read(dir.resolve("a.xlsx"), Optional.empty(), ProgressListener.NONE);
        assertThat(fromXlsx.partnerships()).hasSize(40);
        assertThat(fromXlsx).isEqualTo(CensusJson.read(dir.resolve("b.json")));
        Run overview = Cli.run(dir, "overview", "a.xlsx");
        assertThat(overview.code()).isZero();
        assertThat(overview.err()).isEmpty();
    }

    @Test
    void templateThenImportReportsTheBlankFields(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("recu"));
        Run t = Cli.run(dir, "template", "-o", "recu/fiche.xlsx");
        assertThat(t.code()).as(t.err()).isZero();
        Run i = Cli.run(dir, "import", "--lang", "en", "recu", "-o", "importe.json");
        assertThat(i.code()).isEqualTo(1);
        assertThat(i.out()).contains("fiche.xlsx Fiche!").contains("ERROR");
        // Nothing could be read: no empty census is written over the output.
        assertThat(i.err()).contains("no questionnaire could be read").contains("importe.json is left as it was");
        assertThat(dir.resolve("importe.json")).doesNotExist();
        assertThat(Cli.run(dir, "import", "--help").out()).contains("sheet!cell");
    }

    @Test
    void aFilledQuestionnaireOfABundledFormImportsBack(@TempDir Path dir) throws Exception {
        Run t = Cli.run(dir, "template", "--partnership", "rennes-bandiagara", "-o", "rennes.xlsx");
        assertThat(t.code()).as(t.err()).isZero();
        Run i = Cli.run(dir, "import", "--lang", "en", "rennes.xlsx", "-o", "rennes.json");
        assertThat(i.out()).contains("1 partnership;");
        var back = CensusJson.read(dir.resolve("rennes.json")).partnerships().get(0);
        var original = BundledCensus.load().partnership("rennes-bandiagara").orElseThrow();
        assertThat(back.actions()).isEqualTo(original.actions());
        assertThat(back.annualBudget()).isEqualTo(original.annualBudget());
        Run unknown = Cli.run(dir, "template", "--partnership", "nowhere", "-o", "x.xlsx");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("census: no partnership \"nowhere\" in the bundled census");
    }
}
