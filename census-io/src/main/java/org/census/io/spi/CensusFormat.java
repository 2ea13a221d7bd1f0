package org.census.io.spi;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * A census file format, found by {@link java.util.ServiceLoader}: a provider names its class in
 * {@code META-INF/services/org.census.io.spi.CensusFormat} and has a public no-argument constructor.
 *
 * <p>Streams handed to a format are consumed or written, never closed: they belong to the caller. Failures are
 * {@link org.census.CensusException}s; input that cannot be read is a {@link org.census.CensusFormatException}
 * naming the source and the place in it.
 */
public interface CensusFormat {

    /** What this format is: a constant. */
    FormatInfo info();

    /**
     * Reads a census and pushes it into the sink, one partnership at a time (start, partnerships, end).
     *
     * @param in      the input, read to where the census ends, not closed
     * @param source  the input's name for error messages (a file name, {@code <stdin>})
     * @param options this format's options; unknown keys are refused
     * @throws UnsupportedOperationException if {@link FormatInfo#canRead()} is false
     */
    void read(InputStream in, String source, FormatOptions options, CensusSink sink);

    /**
     * A sink that writes a census to the stream as it receives it. The caller calls start, partnership for each,
     * end, and closes the sink; the stream is flushed at end, never closed.
     *
     * @throws UnsupportedOperationException if {@link FormatInfo#canWrite()} is false
     */
    CensusSink write(OutputStream out, FormatOptions options);
}
