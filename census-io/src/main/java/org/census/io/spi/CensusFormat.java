package org.census.io.spi;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * A census file format, found by {@link java.util.ServiceLoader}: a provider names its class in
 * {@code META-INF/services/org.census.io.spi.CensusFormat} and has a public no-argument constructor.
 *
 * <p>Streams handed to a format are consumed or written, never closed: they belong to the caller.
 *
 * <p><b>Failures.</b> Every method fails only with a {@link org.census.CensusException}, never with another
 * exception (a test runs every registered format against failing streams):
 * <ul>
 * <li>input that cannot be read as a census: {@link org.census.CensusFormatException}, naming the source and the
 * place in it as a {@link org.census.Location} (sheet, row and column, or JSON pointer);</li>
 * <li>a stream that fails ({@link java.io.IOException}): {@link org.census.CensusIOException}, e.g. through
 * {@link org.census.CensusIOException#run};</li>
 * <li>options the format does not know or values it refuses: {@link org.census.CensusException} listing the valid
 * ones.</li>
 * </ul>
 * A {@link org.census.CensusException} thrown by the sink a reader pushes into passes through unchanged.
 */
public interface CensusFormat {

    /** What this format is: a constant. */
    FormatInfo info();

    /**
     * The options it takes ({@code --to NAME:key=value,...}), each with what it does, its values and its default, in
     * English, in the order to show them: what {@code census formats} lists. None by default.
     */
    default Map<String, String> options() {
        return Map.of();
    }

    /**
     * Reads a census and pushes it into the sink, one partnership at a time (start, partnerships, end).
     *
     * @param in      the input, read to where the census ends, not closed
     * @param source  the input's name for error messages (a file name, {@code <stdin>})
     * @param options this format's options; unknown keys are refused
     * @throws org.census.CensusException saying so if {@link FormatInfo#canRead()} is false
     */
    void read(InputStream in, String source, FormatOptions options, CensusSink sink);

    /**
     * A sink that writes a census to the stream as it receives it. The caller calls start, partnership for each,
     * end, and closes the sink; the stream is flushed at end, never closed.
     *
     * @throws org.census.CensusException saying so if {@link FormatInfo#canWrite()} is false
     */
    CensusSink write(OutputStream out, FormatOptions options);
}
