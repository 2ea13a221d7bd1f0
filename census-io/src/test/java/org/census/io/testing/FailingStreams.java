package org.census.io.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.census.CensusException;
import org.census.CensusIOException;
import org.census.io.spi.CensusFormat;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatOptions;
import org.census.model.Census;
import org.census.model.CensusHeader;
import org.census.model.Partnership;

/**
 * The SPI's failure contract, checked for one format: a stream that fails surfaces as a {@link CensusException}
 * (never an {@link IOException} wrapper of another family, never a bare runtime exception).
 */
public final class FailingStreams {
    private FailingStreams() {
    }

    /** Reading a stream that fails at the start, after one byte and halfway gives a CensusIOException naming it. */
    public static void assertReaderFailsWithACensusExceptionNamingTheSource(CensusFormat format, Census census) {
        assertReaderFailsWithACensusExceptionNamingTheSource(format, TestCensus.write(census, format.info().name()));
    }

    /** The same with input of one's own, for a format that reads what it does not write. */
    public static void assertReaderFailsWithACensusExceptionNamingTheSource(CensusFormat format, byte[] valid) {
        // A reader reads to where the census ends, not always to the end of the stream.
        for (int failAfter : new int[] {0, 1, valid.length / 2}) {
            Throwable thrown = catchThrowable(() -> format.read(new FailingInput(valid, failAfter), "broken.in",
                    FormatOptions.NONE, new Discard()));
            assertThat(thrown).as(format.info().name() + " failing after " + failAfter + " bytes")
                    .isInstanceOf(CensusIOException.class).hasMessageStartingWith("broken.in: ")
                    .hasRootCauseMessage("cable cut");
        }
    }

    /** Writing to a stream that fails at the start, halfway and at the last byte gives a CensusIOException. */
    public static void assertWriterFailsWithACensusIOException(CensusFormat format, Census census) {
        int size = TestCensus.write(census, format.info().name()).length;
        for (int failAfter : new int[] {0, size / 2, size - 1}) {
            Throwable thrown = catchThrowable(() -> {
                try (CensusSink sink = format.write(new FailingOutput(failAfter), FormatOptions.NONE)) {
                    sink.census(census);
                }
            });
            assertThat(thrown).as(format.info().name() + " failing after " + failAfter + " bytes")
                    .isInstanceOf(CensusIOException.class);
        }
    }

    /** Takes what a reader reads, and keeps nothing: the test is about the failure. */
    private static final class Discard implements CensusSink {
        @Override
        public void start(CensusHeader header) {
        }

        @Override
        public void partnership(Partnership partnership) {
        }

        @Override
        public void end(CensusHeader header) {
        }
    }

    /** Gives the bytes, then fails. */
    private static final class FailingInput extends InputStream {
        private final InputStream bytes;
        private int left;

        FailingInput(byte[] content, int failAfter) {
            this.bytes = new ByteArrayInputStream(content);
            this.left = failAfter;
        }

        @Override
        public int read() throws IOException {
            if (left-- <= 0) {
                throw new IOException("cable cut");
            }
            return bytes.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (left <= 0) {
                throw new IOException("cable cut");
            }
            int n = bytes.read(b, off, Math.min(len, left));
            left -= Math.max(n, 0);
            return n;
        }
    }

    /** Takes so many bytes, then fails. */
    private static final class FailingOutput extends OutputStream {
        private int left;

        FailingOutput(int failAfter) {
            this.left = failAfter;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > left) {
                throw new IOException("disk on fire");
            }
            left -= len;
        }
    }
}
