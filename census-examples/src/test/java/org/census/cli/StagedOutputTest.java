package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report and charts write all their files or none (issue 10, point 14). */
class StagedOutputTest {

    @Test
    void aReportThatCannotPutOneFileInPlaceWritesNoneAndLeavesTheEarlierOnes(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report");
        Files.createDirectories(out.resolve("census.xlsx")); // a folder where the workbook goes
        Files.writeString(out.resolve("overview.md"), "an earlier run");
        Cli.Run run = CensusCommandTest.run("report", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("census: ").contains("census.xlsx: cannot write: not a regular file")
                .doesNotContain("\n");
        assertThat(Files.readString(out.resolve("overview.md"))).isEqualTo("an earlier run");
        assertThat(list(out)).containsExactlyInAnyOrder(out.resolve("census.xlsx"), out.resolve("overview.md"));
    }

    @Test
    void chartsThatCannotPutOneFileInPlaceWriteNone(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("charts");
        Files.createDirectories(out.resolve("budget-ranges.svg"));
        Cli.Run run = CensusCommandTest.run("charts", "--format", "svg", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("budget-ranges.svg: cannot write: not a regular file");
        assertThat(list(out)).containsExactly(out.resolve("budget-ranges.svg"));
    }

    @Test
    void aRunReplacesTheFilesOfAnEarlierOneAndLeavesNoStagingFolder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("charts");
        for (int i = 0; i < 2; i++) {
            Cli.Run run = CensusCommandTest.run("charts", "--format", "svg", "--out", out.toString());
            assertThat(run.code()).as(run.err()).isZero();
            if (i == 0) {
                Files.writeString(out.resolve("regions.svg"), "from an earlier run");
            }
        }
        assertThat(list(out)).hasSize(9).allMatch(p -> p.getFileName().toString().endsWith(".svg"));
        assertThat(Files.readString(out.resolve("regions.svg"))).doesNotContain("earlier run").contains("<svg");
    }

    private static java.util.List<Path> list(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
