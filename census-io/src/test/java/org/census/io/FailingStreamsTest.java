package org.census.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import org.census.CensusException;
import org.census.CensusIOException;
import org.census.bundled.BundledCensus;
import org.census.io.spi.CensusFormat;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatInfo;
import org.census.io.spi.FormatOptions;
import org.census.model.Census;
import org.junit.jupiter.api.Test;

/**
 * The SPI's failure contract, for every registered format: a stream that fails surfaces as a {@link CensusException}
 * (never an {@link IOException} wrapper of another family, never a bare runtime exception).
 */
class FailingStreamsTest {
    private static final Census BUNDLED = BundledCensus.load();

    @Test
    void everyReaderFailsWithACensusExceptionNamingTheSource() {
        List<CensusFormat> readers = CensusFormats.installed().all().stream().filter(FormatInfo::canRead)
                .map(i -> CensusFormats.installed().require(i.name())).toList();
        assertThat(readers).extracting(f -> f.info().name()).contains("json", "xlsx");
        for (CensusFormat format : readers) {
            byte[] valid = TestCensus.write(BUNDLED, format.info().name());
            // A reader reads to where the census ends, not always to the end of the stream.
            for (int failAfter : new int[] {0, 1, valid.length / 2}) {
                Throwable thrown = catchThrowable(() -> format.read(new FailingInput(valid, failAfter), "broken.in",
                        FormatOptions.NONE, new CensusCollector("broken.in")));
                assertThat(thrown).as(format.info().name() + " failing after " + failAfter + " bytes")
                        .isInstanceOf(CensusException.class).hasMessageStartingWith("broken.in: ");
            }
        }
    }

    @Test
    void everyWriterFailsWithACensusIOException() {
        for (FormatInfo info : CensusFormats.installed().all()) {
            if (!info.canWrite()) {
                continue;
            }
            CensusFormat format = CensusFormats.installed().require(info.name());
            int size = TestCensus.write(BUNDLED, info.name()).length;
            for (int failAfter : new int[] {0, size / 2, size - 1}) {
                Throwable thrown = catchThrowable(() -> {
                    try (CensusSink sink = format.write(new FailingOutput(failAfter), FormatOptions.NONE)) {
                        sink.census(BUNDLED);
                    }
                });
                assertThat(thrown).as(info.name() + " failing after " + failAfter + " bytes")
                        .isInstanceOf(CensusIOException.class);
            }
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
