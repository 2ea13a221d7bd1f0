package org.census.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.census.CensusException;
import org.census.CensusFormatException;
import org.census.CensusIOException;
import org.census.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void aWriterThatFailsHalfWayLeavesThePreviousFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("census.json");
        AtomicFiles.writeString(file, "previous");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half of the new content".getBytes());
            throw new IOException("disk full");
        })).isInstanceOf(CensusIOException.class).hasMessage(file + ": cannot write: disk full");
        assertThat(Files.readString(file)).isEqualTo("previous");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aCensusErrorOfTheBodyPassesThroughUnchanged(@TempDir Path dir) {
        CensusFormatException bad = new CensusFormatException("in.xlsx", Location.cell("Actions", 3, 3),
                "not a number");
        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("out.json"), out -> {
            throw bad;
        })).isSameAs(bad);
    }

    @Test
    void aFailingStreamOfTheBodyIsNamedByTheFile(@TempDir Path dir) {
        Path file = dir.resolve("out.xlsx");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            throw new CensusIOException("cannot write the workbook: No space left on device");
        })).isInstanceOf(CensusIOException.class)
                .hasMessage(file + ": cannot write the workbook: No space left on device");
    }

    @Test
    void writtenFilesAreReadableByAllAndKeepThePermissionsOfTheFileTheyReplace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.md");
        AtomicFiles.writeString(file, "one");
        assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"),
                "POSIX permissions on the temporary directory's file system"); // reported as skipped, not passed
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.writeString(file, "two");
        assertThat(Files.readString(file)).isEqualTo("two");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw----");
    }

    @Test
    void aMissingDirectoryIsCreated(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a/b/c.txt");
        AtomicFiles.writeString(file, "é");
        assertThat(Files.readString(file)).isEqualTo("é");
    }

    @Test
    void aLinkADirectoryOrAPipeIsNotReplacedByARegularFile(@TempDir Path dir) throws Exception {
        Path real = dir.resolve("real.json");
        AtomicFiles.writeString(real, "kept");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        assertThatThrownBy(() -> AtomicFiles.writeString(link, "new")).isInstanceOf(CensusIOException.class)
                .hasMessage(link + ": cannot write: not a regular file (a directory, a link, a device or a pipe); "
                        + "census writes regular files only, by replacing them");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("kept");
        Path folder = Files.createDirectory(dir.resolve("folder"));
        assertThatThrownBy(() -> AtomicFiles.writeString(folder, "new")).isInstanceOf(CensusIOException.class);
        assertThat(Files.isDirectory(folder)).isTrue();
        Path fifo = dir.resolve("pipe");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            assertThatThrownBy(() -> AtomicFiles.writeString(fifo, "new")).isInstanceOf(CensusIOException.class);
            assertThat(Files.isRegularFile(fifo, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void anOutputThatIsAnInputUnderAnotherNameIsRefused(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("census.json");
        AtomicFiles.writeString(input, "input");
        Path sameByPath = dir.resolve("sub/../census.json");
        Files.createDirectory(dir.resolve("sub"));
        Path sameByLink = Files.createSymbolicLink(dir.resolve("alias.json"), input);
        for (Path output : List.of(input, sameByPath, sameByLink)) {
            assertThatThrownBy(() -> AtomicFiles.requireNotAnInput(output, List.of(dir.resolve("other.json"), input)))
                    .isInstanceOf(CensusException.class)
                    .hasMessage(output + ": is the input " + input + "; an output never replaces an input: write to "
                            + "another file");
        }
        AtomicFiles.requireNotAnInput(dir.resolve("new.json"), List.of(input));
        AtomicFiles.requireNotAnInput(input, List.of(dir.resolve("missing.json"), dir));
        assertThat(Files.readString(input)).isEqualTo("input");
    }
}
