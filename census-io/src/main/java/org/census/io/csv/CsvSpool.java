package org.census.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import org.census.internal.TempFiles;

/**
 * The caller's stream made readable again from its start, since a sheet may be read more than once (the top for a
 * dry run, then the whole). The bytes are kept as they are first read: the first {@link #MEMORY_BYTES} in memory (a
 * small CSV never touches the disk), the rest in a temporary file; the stream itself is read once, only as far as a
 * reading goes. Readings are sequential, one at a time.
 */
final class CsvSpool implements AutoCloseable {
    /** Bytes kept in memory before the copy moves to a temporary file. */
    static final int MEMORY_BYTES = 256 * 1024;

    private final InputStream source;
    private byte[] memory = new byte[8192];
    private int memoryLength;
    private Path file;
    private OutputStream fileOut;
    private long fileLength;
    private boolean sourceEnded;

    CsvSpool(InputStream source) {
        this.source = source;
    }

    /** A stream of the bytes from the first, read from the copy as far as it goes, then from the caller's stream. */
    InputStream replay() {
        return new Replay();
    }

    @Override
    public void close() {
        try {
            if (fileOut != null) {
                fileOut.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            fileOut = null;
            file = null;
            memory = new byte[0];
        }
    }

    private long copied() {
        return memoryLength + fileLength;
    }

    private void keep(byte[] b, int off, int len) throws IOException {
        int inMemory = fileOut == null ? Math.min(len, MEMORY_BYTES - memoryLength) : 0;
        if (inMemory > 0) {
            if (memoryLength + inMemory > memory.length) {
                memory = Arrays.copyOf(memory, Math.min(MEMORY_BYTES, Math.max(memoryLength + inMemory,
                        memory.length * 2)));
            }
            System.arraycopy(b, off, memory, memoryLength, inMemory);
            memoryLength += inMemory;
        }
        if (inMemory < len) {
            if (fileOut == null) {
                file = TempFiles.createFile("csv-", ".spool");
                fileOut = Files.newOutputStream(file);
            }
            fileOut.write(b, off + inMemory, len - inMemory);
            fileLength += len - inMemory;
        }
    }

    private final class Replay extends InputStream {
        private long position;
        private FileChannel fileIn;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (position < memoryLength) {
                int n = (int) Math.min(len, memoryLength - position);
                System.arraycopy(memory, (int) position, b, off, n);
                position += n;
                return n;
            }
            if (position < copied()) {
                if (fileIn == null) {
                    fileOut.flush();
                    fileIn = FileChannel.open(file, StandardOpenOption.READ);
                }
                int want = (int) Math.min(len, copied() - position);
                int n = fileIn.read(ByteBuffer.wrap(b, off, want), position - memoryLength);
                if (n > 0) {
                    position += n;
                }
                return n;
            }
            if (sourceEnded) {
                return -1;
            }
            int n = source.read(b, off, len);
            if (n < 0) {
                sourceEnded = true;
                return -1;
            }
            keep(b, off, n);
            position += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            if (fileIn != null) {
                fileIn.close();
            }
        }
    }
}
