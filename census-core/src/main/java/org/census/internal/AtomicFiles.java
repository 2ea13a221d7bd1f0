package org.census.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Set;

import org.census.CensusException;
import org.census.CensusIOException;

/**
 * Files written whole or not at all, for every writer of the library: the content goes to a temporary file beside
 * the target, which then replaces it in one move. A failure leaves the previous file as it was and no temporary
 * file behind.
 */
public final class AtomicFiles {
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFiles() {
    }

    /** What writes the content; the stream is buffered, and closed by {@link #write}. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes a file atomically. Only a regular file that the user may write is replaced: the move that makes the
     * write atomic would otherwise turn a device, a FIFO or a symbolic link into a regular file, and replace a
     * read-only file the user could not have written.
     *
     * @throws CensusIOException naming the file when it cannot be written (the body's own
     *                           {@link CensusIOException}s too); what else the body throws (a reader's format error
     *                           during a conversion, say) passes through unchanged
     */
    public static void write(Path file, Body body) {
        Path target = file.toAbsolutePath();
        requireReplaceable(file, target);
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.write(out);
            }
            permissionsLike(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            if (e instanceof CensusIOException io) {
                // The body's stream failed: the file is what the user knows it by.
                throw new CensusIOException(file + ": " + io.getMessage(), io.getCause() instanceof IOException
                        cause ? cause : null);
            }
            if (e instanceof IOException io) {
                throw new CensusIOException(file + ": cannot write: " + reason(io), io);
            }
            // A format error of the body (a reader's, during a conversion) passes through, and so does a bug.
            throw (RuntimeException) e;
        }
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
     * Refuses, before anything is written, a target that {@link #write} would refuse: one that exists and is not a
     * regular file the user may write.
     *
     * @throws CensusIOException naming the file
     */
    public static void requireReplaceable(Path file) {
        requireReplaceable(file, file.toAbsolutePath());
    }

    private static void requireReplaceable(Path file, Path target) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new CensusIOException(file + ": cannot write: not a regular file (a directory, a link, a device or "
                    + "a pipe); census writes regular files only, by replacing them");
        }
        if (!Files.isWritable(target)) {
            throw new CensusIOException(file + ": cannot write: the file is read-only");
        }
    }

    /** The reason alone: a file system message names the temporary file, which means nothing to the user. */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        if (e instanceof FileSystemException) {
            return e.getClass().getSimpleName();
        }
        return String.valueOf(e.getMessage());
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
