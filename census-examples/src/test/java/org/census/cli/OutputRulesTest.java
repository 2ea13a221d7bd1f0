package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.census.bundled.BundledCensus;
import org.census.json.CensusJson;

/**
 * Every command that writes goes through the same rules (AtomicFiles): a link is neither replaced nor followed to a
 * file, '-' is not a file name, a pipe is written through.
 */
class OutputRulesTest {

    @Test
    void noCommandReplacesALinkOrWritesThroughItToAFile(@TempDir Path dir) throws Exception {
        Path census = dir.resolve("in.json");
        CensusJson.write(BundledCensus.load(), census);
        Path target = Files.writeString(dir.resolve("target.txt"), "kept");
        Files.createDirectories(dir.resolve("report"));
        Files.createDirectories(dir.resolve("charts"));
        String d = dir + "/";
        assertThat(CensusCommandTest.run("template", "--partnership", "rennes-bandiagara", "-o",
                d + "questionnaire.xlsx").code()).isZero();
        Files.createSymbolicLink(dir.resolve("link.json"), target);
        Files.createSymbolicLink(dir.resolve("link.xlsx"), target);
        Files.createSymbolicLink(dir.resolve("report/overview.md"), target);
        Files.createSymbolicLink(dir.resolve("charts/regions.svg"), target);
        List<List<String>> commands = List.of(
                List.of("convert", census.toString(), d + "link.json"),
                List.of("generate", "--partnerships", "2", "-o", d + "link.json"),
                List.of("template", "-o", d + "link.xlsx"),
                List.of("import", d + "questionnaire.xlsx", "-o", d + "link.json"),
                List.of("report", "--out", d + "report"),
                List.of("charts", "--format", "svg", "--out", d + "charts"));
        for (List<String> command : commands) {
            Cli.Run r = CensusCommandTest.run(command.toArray(String[]::new));
            assertThat(r.code()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(r.err()).as(String.join(" ", command)).contains(": cannot write: a symbolic link; census "
                    + "neither replaces a link nor writes through one to a file: name the file itself");
        }
        assertThat(Files.readString(target)).isEqualTo("kept");
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void aDashIsNotStandardOutputNorAFileName(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.json");
        assertThat(CensusCommandTest.run("generate", "--partnerships", "2", "-o", in.toString()).code()).isZero();
        for (String command : List.of("generate --partnerships 2 --to json -o -", "template -o -",
                "convert " + in + " - --to json", "import " + dir + " -o -")) {
            Cli.Run r = CensusCommandTest.run(command.split(" "));
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err().strip()).isEqualTo("census: -: census writes its output to a file, not to standard "
                    + "output by this name; name the file, or /dev/stdout with --to FORMAT to write into a pipe");
        }
        assertThat(Path.of("-")).doesNotExist();
    }

    /** Folders the user never named are not made: a mistyped folder is an error naming it. */
    @Test
    void aFileOutputNeedsAnExistingFolder(@TempDir Path dir) {
        assertThat(CensusCommandTest.run("generate", "--partnerships", "2", "-o", dir.resolve("in.json").toString())
                .code()).isZero();
        Path out = dir.resolve("typo/sub/out.json");
        for (String command : List.of("generate --partnerships 2 -o " + out, "template -o " + dir.resolve("no/q.xlsx"),
                "convert " + dir.resolve("in.json") + " " + out)) {
            Cli.Run r = CensusCommandTest.run(command.split(" "));
            assertThat(r.code()).as(command).isEqualTo(1);
            assertThat(r.err()).as(command).contains("does not exist; create it first");
        }
        assertThat(dir.resolve("typo")).doesNotExist();
        assertThat(dir.resolve("no")).doesNotExist();
    }

    /** {@code -} as the input reads JSON from standard input, without --from. */
    @Test
    void convertReadsJsonFromStandardInput(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.json");
        assertThat(CensusCommandTest.run("generate", "--partnerships", "3", "-o", in.toString()).code()).isZero();
        Cli.Run r = Cli.run(dir, Files.readAllBytes(in), "convert", "-", "out.xlsx");
        assertThat(r.code()).isZero();
        assertThat(r.out() + r.err()).contains("<stdin> -> ").contains("3 partnerships");
        assertThat(CensusCommandTest.run("overview", dir.resolve("out.xlsx").toString(), "--json").out())
                .contains("\"forms\" : 3");
    }

    /** A pipe gets the file, and the line that says what was written goes to standard error, out of its way. */
    @Test
    void aPipeIsWrittenThroughWithTheSummaryOnStandardError(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli.Run r = CensusCommandTest.run("generate", "--partnerships", "3", "--to", "json", "-o",
                fifo.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith(fifo + ": 3 partnerships");
        Path received = Files.write(dir.resolve("received.json"), read.get(30, TimeUnit.SECONDS));
        assertThat(CensusJson.read(received).partnerships()).hasSize(3);
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }
}
