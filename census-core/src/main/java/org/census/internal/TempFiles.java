package org.census.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the library's temporary files live, and who removes them. A process has one temporary directory
 * ({@code census-<pid>-<n>} in {@code java.io.tmpdir}, for input copies and sheet spools) and a set of temporary files
 * beside the outputs being written (they must be beside them: the move that replaces an output is atomic within one
 * file system only). Their owners delete them when done or failed; a shutdown hook deletes what is left when the JVM
 * ends by an error the owners could not handle (an out-of-memory) or a signal (Ctrl-C, SIGTERM). A killed process
 * (kill -9) runs no hook: its leftovers carry its process id, and the next process that writes there removes them
 * once that process is gone and their lock is free.
 */
public final class TempFiles {
    /** The run directory's name: {@code census-<pid>-<random>}. */
    private static final Pattern RUN_DIRECTORY = Pattern.compile("census-(\\d+)-\\d+");
    /** Held while the process lives; the kernel releases it when the process dies, however it dies. */
    private static final String LOCK = ".lock";

    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static Path directory;
    /** Referenced so that it stays open (and locked) as long as the process. */
    private static FileChannel directoryLock;
    private static boolean hookAdded;
    private static volatile boolean shuttingDown;

    private TempFiles() {
    }

    /**
     * True once the JVM is shutting down (Ctrl-C, SIGTERM) and the temporary files are being removed: a write that
     * fails now fails because of that, and is not worth a message.
     */
    public static boolean shuttingDown() {
        return shuttingDown;
    }

    /** The prefix of the temporary file beside {@code target}: {@code .<name>.census-<pid>-}. */
    static String besidePrefix(Path target) {
        return "." + target.getFileName() + ".census-" + ProcessHandle.current().pid() + "-";
    }

    /** A new temporary file in this process's temporary directory, made on first use. */
    public static Path createFile(String prefix, String suffix) throws IOException {
        return Files.createTempFile(directory(), prefix, suffix);
    }

    private static synchronized Path directory() throws IOException {
        if (shuttingDown) {
            throw new IOException("the JVM is shutting down");
        }
        if (directory == null || !Files.isDirectory(directory)) {
            Path base = Path.of(System.getProperty("java.io.tmpdir"));
            removeStaleRunDirectories(base);
            Path dir = Files.createTempDirectory(base, "census-" + ProcessHandle.current().pid() + "-");
            FileChannel lock = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            lock.lock();
            directory = dir;
            directoryLock = lock;
            addHook();
        }
        return directory;
    }

    /**
     * Registers a temporary file that {@link #release} removes from the shutdown hook's care once its owner is done
     * with it.
     */
    static void hold(Path file) throws IOException {
        addHook();
        if (shuttingDown) {
            throw new IOException("the JVM is shutting down");
        }
        PENDING.add(file);
    }

    static void release(Path file) {
        PENDING.remove(file);
    }

    private static synchronized void addHook() {
        if (!hookAdded) {
            Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::removeAll, "census-temp-files"));
            hookAdded = true;
        }
    }

    /**
     * The shutdown hook: the other threads still run (a writer may be creating its next spool), so the files are
     * deleted, not waited for; what a writer creates after this fails, as {@link #createFile} refuses.
     */
    private static void removeAll() {
        shuttingDown = true;
        for (Path file : PENDING) {
            deleteQuietly(file);
        }
        Path dir;
        synchronized (TempFiles.class) {
            dir = directory;
        }
        if (dir != null) {
            deleteRunDirectory(dir);
        }
    }

    /**
     * Removes the temporary files that a killed process left beside {@code target}: those named after it, of a
     * process that is no longer alive, whose lock is free. Nothing else is touched.
     */
    static void removeStaleBeside(Path target) {
        Path dir = target.getParent();
        Pattern ours = Pattern.compile(Pattern.quote("." + target.getFileName() + ".census-") + "(\\d+)-\\d+\\.tmp");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "." + globQuoted(target) + ".census-*.tmp")) {
            for (Path file : files) {
                Matcher m = ours.matcher(file.getFileName().toString());
                if (m.matches() && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && isDead(m.group(1))
                        && unlocked(file)) {
                    deleteQuietly(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up after another process is a courtesy: it never stops this one.
        }
    }

    static void removeStaleRunDirectories(Path base) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(base, "census-*")) {
            for (Path dir : dirs) {
                Matcher m = RUN_DIRECTORY.matcher(dir.getFileName().toString());
                if (m.matches() && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && isDead(m.group(1))
                        && Files.isRegularFile(dir.resolve(LOCK), LinkOption.NOFOLLOW_LINKS)
                        && unlocked(dir.resolve(LOCK))) {
                    deleteRunDirectory(dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            // As above: a courtesy.
        }
    }

    /** A run directory holds files only (no subdirectories): they go, then the directory. */
    private static void deleteRunDirectory(Path dir) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                for (Path file : files) {
                    deleteQuietly(file);
                }
            } catch (IOException e) {
                return;
            }
            if (deleteQuietly(dir)) {
                return;
            }
        }
    }

    private static boolean isDead(String pid) {
        long id;
        try {
            id = Long.parseLong(pid);
        } catch (NumberFormatException e) {
            return false;
        }
        return id != ProcessHandle.current().pid() && ProcessHandle.of(id).map(p -> !p.isAlive()).orElse(true);
    }

    /**
     * True when nobody holds a lock on the file: the pid alone could belong to a process of another container
     * sharing the folder.
     */
    private static boolean unlocked(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock != null;
        } catch (IOException | OverlappingFileLockException e) {
            return false;
        }
    }

    private static String globQuoted(Path target) {
        return target.getFileName().toString().replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
    }

    private static boolean deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
