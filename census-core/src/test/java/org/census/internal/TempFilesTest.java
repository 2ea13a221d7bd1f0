package org.census.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFilesTest {

    @Test
    void temporaryFilesLiveInTheRunDirectoryNamedAfterTheProcess() throws Exception {
        Path file = TempFiles.createFile("census-read", ".xlsx");
        try {
            assertThat(file.getParent().getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
            assertThat(file.getParent().getFileName().toString())
                    .startsWith("census-" + ProcessHandle.current().pid() + "-");
            assertThat(file.getParent().resolve(".lock")).exists();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The run directory of a killed process goes; that of a live one, or one still locked, or a stranger's stays. */
    @Test
    void runDirectoriesOfDeadProcessesAreRemoved(@TempDir Path tmp) throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        long dead = finished.pid();
        Path stale = runDirectory(tmp, "census-" + dead + "-1");
        Path live = runDirectory(tmp, "census-" + ProcessHandle.current().pid() + "-2");
        Path locked = runDirectory(tmp, "census-" + dead + "-3");
        Path stranger = Files.createDirectory(tmp.resolve("census-" + dead + "-4"));
        Files.writeString(stranger.resolve("data"), "no lock file: not a run directory");
        Path userFolder = Files.createDirectory(tmp.resolve("census-reports"));
        try (FileChannel held = FileChannel.open(locked.resolve(".lock"), StandardOpenOption.WRITE)) {
            // Held by another JVM in another pid namespace, say: this process's own lock shows as overlapping.
            held.lock();
            TempFiles.removeStaleRunDirectories(tmp);
        }
        assertThat(stale).doesNotExist();
        assertThat(live.resolve("census-sheet1.xml")).exists();
        assertThat(locked.resolve("census-sheet1.xml")).exists();
        assertThat(stranger.resolve("data")).exists();
        assertThat(userFolder).exists();
    }

    private static Path runDirectory(Path tmp, String name) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve(name));
        Files.createFile(dir.resolve(".lock"));
        Files.writeString(dir.resolve("census-sheet1.xml"), "<spooled/>");
        return dir;
    }
}
