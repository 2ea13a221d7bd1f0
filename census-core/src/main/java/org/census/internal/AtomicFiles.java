package org.census.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.census.CensusException;
import org.census.CensusIOException;

/**
 * Files written whole or not at all, for every writer of the library: the content goes to a temporary file beside
 * the target ({@code .<name>.census-<pid>-<n>.tmp}), which then replaces it in one move. A failure leaves the previous
 * file as it was and no temporary file behind: the writer deletes it, or {@link TempFiles}'s shutdown hook when the
 * JVM ends first (an out-of-memory, Ctrl-C, SIGTERM), or the next write of the same target when the process was
 * killed outright.
 *
 * <p>What the target may be: a new file; a regular file the user may write, replaced; a character device or a FIFO
 * (a named pipe, {@code /dev/null}, {@code /dev/stdout} on a terminal or a pipe), written through in place, as a
 * stream cannot be replaced (and cannot be written atomically either). Anything else is refused before a byte is
 * written: a symbolic link to anything but a device or a pipe (a link is never replaced, nor followed to a file),
 * a directory, a block device, a socket, a read-only file.
 */
public final class AtomicFiles {
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");
    private static final int S_IFMT = 0170000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFIFO = 0010000;

    private AtomicFiles() {
    }

    /** What writes the content; the stream is buffered, and closed by {@link #write}. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes a file atomically, or through to a device or a pipe (see the class comment for what a target may be).
     *
     * @throws CensusIOException naming the file when it cannot be written (the body's own
     *                           {@link CensusIOException}s too); what else the body throws (a reader's format error
     *                           during a conversion, say) passes through unchanged
     */
    public static void write(Path file, Body body) {
        Path target = file.toAbsolutePath();
        boolean stream;
        try {
            stream = isStream(file, target);
        } catch (IOException e) {
            throw failure(file, e);
        }
        if (stream) {
            writeThrough(file, target, body);
        } else {
            replace(file, target, body);
        }
    }

    private static void writeThrough(Path file, Path target, Body body) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target, StandardOpenOption.WRITE),
                1 << 16)) {
            body.write(out);
        } catch (IOException e) {
            throw failure(file, e);
        } catch (CensusIOException e) {
            throw failure(file, e);
        }
    }

    private static void replace(Path file, Path target, Body body) {
        Path tmp = null;
        boolean created = false;
        createDirectories(file, target.getParent());
        try {
            TempFiles.removeStaleBeside(target);
            tmp = target.resolveSibling(TempFiles.besidePrefix(target)
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            TempFiles.hold(tmp);
            // Locked while written: the lock, not only the pid in the name, tells another process it is in use.
            try (FileChannel channel = create(tmp)) {
                created = true;
                channel.lock();
                try (OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                    body.write(out);
                }
            }
            permissionsLike(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            TempFiles.release(tmp);
        } catch (Throwable e) {
            // Every exit, an out-of-memory error too: the temporary file goes (the hook's turn if this fails).
            if (tmp != null && created) {
                try {
                    Files.deleteIfExists(tmp);
                    TempFiles.release(tmp);
                } catch (IOException | RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            } else if (tmp != null) {
                TempFiles.release(tmp);
            }
            if (e instanceof IOException io) {
                throw failure(file, io);
            }
            if (e instanceof RuntimeException r) {
                // The body's CensusIOException gets the file's name; a reader's format error passes, and so does a bug.
                throw r instanceof CensusIOException io ? failure(file, io) : r;
            }
            throw (Error) e;
        }
    }

    /** The folders of a new file; a file in the way is named (the exception says "Not a directory" at best). */
    private static void createDirectories(Path file, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            Path existing = dir;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing != null && !Files.isDirectory(existing)) {
                throw new CensusIOException(file + ": cannot write: " + existing + " is a file, not a folder", e);
            }
            throw failure(file, e);
        }
    }

    private static FileChannel create(Path tmp) throws IOException {
        if (Files.getFileStore(tmp.getParent()).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(PRIVATE));
        }
        return FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    private static CensusIOException failure(Path file, IOException e) {
        return new CensusIOException(file + ": cannot write: " + Messages.reason(e), e);
    }

    /** The body's stream failed: the file is what the user knows it by. */
    private static CensusIOException failure(Path file, CensusIOException e) {
        return new CensusIOException(file + ": " + e.getMessage(), e.getCause() instanceof IOException cause ? cause
                : null);
    }

    /**
     * Refuses an output that is one of the inputs (the same file, however named: through a link, another path): the
     * output would replace what is being read.
     *
     * @throws CensusException naming both
     */
    public static void requireNotAnInput(Path output, Collection<Path> inputs) {
        if (!Files.exists(output)) {
            return;
        }
        for (Path input : inputs) {
            boolean same;
            try {
                same = Files.isRegularFile(input) && Files.isSameFile(input, output);
            } catch (IOException e) {
                same = false; // What cannot be compared is not known to be the same; reading it will say what is wrong.
            }
            if (same) {
                throw new CensusException(output + ": is the input " + input + "; an output never replaces an input: "
                        + "write to another file");
            }
        }
    }

    /**
     * Refuses, before anything is written, a target that a command writing regular files only would have to refuse:
     * one that exists and is not a regular file the user may write (a device or a pipe included, which {@link #write}
     * writes through).
     *
     * @throws CensusIOException naming the file
     */
    public static void requireReplaceable(Path file) {
        boolean stream;
        try {
            stream = isStream(file, file.toAbsolutePath());
        } catch (IOException e) {
            throw failure(file, e);
        }
        if (stream) {
            throw new CensusIOException(file + ": cannot write: a device or a pipe where a file of several is made; "
                    + "name a folder of files");
        }
    }

    /**
     * True for a device or a pipe, written through; false for a new file or a regular file, replaced; refuses the
     * rest (see the class comment).
     */
    private static boolean isStream(Path file, Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isWritable(target) || isReadOnly(target)) {
                throw new CensusIOException(file + ": cannot write: the file is read-only; census replaces only a "
                        + "file you may write");
            }
            return false;
        }
        if (Files.exists(target) && isCharacterDeviceOrPipe(target)) {
            return true;
        }
        if (Files.isSymbolicLink(target)) {
            throw new CensusIOException(file + ": cannot write: a symbolic link; census neither replaces a link nor "
                    + "writes through one to a file: name the file itself");
        }
        throw new CensusIOException(file + ": cannot write: not a regular file (a directory, a block device or a "
                + "socket); census writes files, devices and pipes only");
    }

    /**
     * A file that nobody may write, by its permissions: the owner marked it so, and root, whom the system would let
     * write it all the same, respects that too.
     */
    private static boolean isReadOnly(Path target) throws IOException {
        if (!Files.getFileStore(target).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return false;
        }
        Set<PosixFilePermission> p = Files.getPosixFilePermissions(target);
        return !p.contains(PosixFilePermission.OWNER_WRITE) && !p.contains(PosixFilePermission.GROUP_WRITE)
                && !p.contains(PosixFilePermission.OTHERS_WRITE);
    }

    /** The file's type from its Unix mode, where the platform tells it; refused where it does not. */
    private static boolean isCharacterDeviceOrPipe(Path target) throws IOException {
        int type;
        try {
            type = (Integer) Files.getAttribute(target, "unix:mode") & S_IFMT;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
        return type == S_IFCHR || type == S_IFIFO;
    }

    /** Writes a text file in UTF-8, atomically. */
    public static void writeString(Path file, String text) {
        write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A temporary file is readable by its owner only, but what the library writes is meant to be shared: it gets the
     * permissions of the file it replaces, or rw-r--r-- when new (where the file system has POSIX permissions).
     */
    private static void permissionsLike(Path target, Path tmp) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(tmp, Files.isRegularFile(target) ? Files.getPosixFilePermissions(target)
                : NEW_FILE);
    }
}
