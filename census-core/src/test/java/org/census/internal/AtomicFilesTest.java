package org.census.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
    void aFileWhereAFolderShouldBeIsNamed(@TempDir Path dir) throws Exception {
        Path occupied = Files.writeString(dir.resolve("report"), "a file");
        assertThatThrownBy(() -> AtomicFiles.writeString(occupied.resolve("charts/map.svg"), "<svg/>"))
                .isInstanceOf(CensusIOException.class)
                .hasMessage(occupied.resolve("charts/map.svg") + ": cannot write: " + occupied
                        + " is a file, not a folder");
    }

    @Test
    void aLinkToAFileADirectoryOrAReadOnlyFileIsRefusedAndLeftAsItWas(@TempDir Path dir) throws Exception {
        Path real = dir.resolve("real.json");
        AtomicFiles.writeString(real, "kept");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        assertThatThrownBy(() -> AtomicFiles.writeString(link, "new")).isInstanceOf(CensusIOException.class)
                .hasMessage(link + ": cannot write: a symbolic link; census neither replaces a link nor writes "
                        + "through one to a file: name the file itself");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("kept");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("nowhere.json"));
        assertThatThrownBy(() -> AtomicFiles.writeString(dangling, "new")).hasMessageContaining("a symbolic link");
        assertThat(dir.resolve("nowhere.json")).doesNotExist();
        Path folder = Files.createDirectory(dir.resolve("folder"));
        assertThatThrownBy(() -> AtomicFiles.writeString(folder, "new")).isInstanceOf(CensusIOException.class)
                .hasMessage(folder + ": cannot write: not a regular file (a directory, a block device or a socket); "
                        + "census writes files, devices and pipes only");
        assertThat(Files.isDirectory(folder)).isTrue();
        assumeTrue(Files.getFileStore(real).supportsFileAttributeView("posix"), "POSIX permissions");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("r--r--r--"));
        // Refused even for root, whom the system would let write it.
        assertThatThrownBy(() -> AtomicFiles.writeString(real, "new")).isInstanceOf(CensusIOException.class)
                .hasMessage(real + ": cannot write: the file is read-only; census replaces only a file you may "
                        + "write");
        assertThat(Files.readString(real)).isEqualTo("kept");
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    /** A pipe or a device cannot be replaced: it is written through, and stays what it was. */
    @Test
    void aPipeAndACharacterDeviceAreWrittenThrough(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        Path received = dir.resolve("received.txt");
        Process reader = new ProcessBuilder("cat", fifo.toString()).redirectOutput(received.toFile()).start();
        AtomicFiles.writeString(fifo, "through the pipe");
        assertThat(reader.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(received)).isEqualTo("through the pipe");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        // A null device of the test's own (root may make one), so that a failure could never replace /dev/null.
        Path device = dir.resolve("null");
        assumeTrue(new ProcessBuilder("mknod", "-m", "666", device.toString(), "c", "1", "3").start().waitFor() == 0,
                "mknod (root)");
        AtomicFiles.writeString(device, "nothing");
        assertThat(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS)).isFalse();
        // Through a link too, as /dev/stdout is one: a link to a device or a pipe is followed, never replaced.
        Path link = Files.createSymbolicLink(dir.resolve("null-link"), device);
        AtomicFiles.writeString(link, "nothing");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS)).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    /** An out-of-memory error in the body, say: the temporary file goes all the same, and the error passes. */
    @Test
    void anErrorOfTheBodyLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("census.xlsx");
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(new byte[100_000]);
            throw oom;
        })).isSameAs(oom);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    /**
     * What a killed process (kill -9) left beside the output goes with the next write of that output: its files
     * only, by name, process id (no longer alive) and lock (free).
     */
    @Test
    void theNextWriteRemovesTheTemporaryFilesOfADeadProcessOnly(@TempDir Path dir) throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        long dead = finished.pid();
        long alive = ProcessHandle.current().pid();
        Path file = dir.resolve("census.json");
        Path leftover = Files.writeString(dir.resolve(".census.json.census-" + dead + "-42.tmp"), "partial");
        Path ofALiveProcess = Files.writeString(dir.resolve(".census.json.census-" + alive + "-43.tmp"), "live");
        Path ofAnotherOutput = Files.writeString(dir.resolve(".other.json.census-" + dead + "-44.tmp"), "other");
        Path notOurs = Files.writeString(dir.resolve(".census.json.census-" + dead + "-x.tmp"), "not ours");
        Path userFile = Files.writeString(dir.resolve(".census.json.4711.tmp"), "the user's");
        AtomicFiles.writeString(file, "new");
        assertThat(leftover).doesNotExist();
        assertThat(ofALiveProcess).exists();
        assertThat(ofAnotherOutput).exists();
        assertThat(notOurs).exists();
        assertThat(userFile).exists();
        assertThat(Files.readString(file)).isEqualTo("new");
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
