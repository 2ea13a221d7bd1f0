package org.census.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

import org.census.CensusException;
import org.census.CensusFormatException;
import org.census.Location;
import org.census.AtomicFiles;
import org.census.io.spi.CensusFormat;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatOptions;
import org.census.model.Census;
import org.census.model.Partnership;

/**
 * Reading, writing and converting census files with the installed formats. A format is given as {@code NAME} or
 * {@code NAME:key=value,...} (options, e.g. {@code csv:separator=semicolon,bom=true}); when absent, the file's
 * extension decides. Inputs are opened read-only and never modified; outputs are written atomically.
 */
public final class CensusFiles {
    private CensusFiles() {
    }

    /** Reads a whole census from a file. */
    public static Census read(Path file, Optional<String> format, ProgressListener listener) {
        CensusCollector collector = new CensusCollector(file.toString());
        read(file, format, collector, listener);
        return collector.census();
    }

    /**
     * Reads a census one partnership at a time into a sink, for censuses too large to hold in memory (the overview
     * of a merged census of a million actions). The sink is not closed.
     */
    public static void read(Path file, Optional<String> format, CensusSink sink, ProgressListener listener) {
        CensusFormat f = CensusFormats.installed().forPath(file, format);
        FormatOptions options = format.map(FormatSpec::parse).map(FormatSpec::options).orElse(FormatOptions.NONE);
        try (InputStream in = Files.newInputStream(file)) {
            ProgressInputStream counted = new ProgressInputStream(in, listener, "read " + file.getFileName(),
                    OptionalLong.of(Files.size(file)));
            f.read(counted, file.toString(), options, sink);
            counted.done();
        } catch (IOException e) {
            throw new CensusFormatException(file.toString(), Location.NONE, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a whole census from a stream (standard input, a resource), not closed.
     *
     * @param format {@code NAME} or {@code NAME:key=value,...}
     */
    public static Census read(InputStream in, String sourceName, String format) {
        FormatSpec spec = FormatSpec.parse(format);
        CensusCollector collector = new CensusCollector(sourceName);
        CensusFormats.installed().require(spec.name()).read(in, sourceName, spec.options(), collector);
        return collector.census();
    }

    /** Writes a census atomically: a temporary file beside the target, then a move over it. */
    public static void write(Census census, Path file, Optional<String> format, ProgressListener listener) {
        write(census, census.partnerships().iterator(), OptionalLong.of(census.partnerships().size()), file, format,
                listener, false);
    }

    /**
     * Writes a census too large for memory, atomically: its header (a census whose own partnerships are not
     * written), then the partnerships as the iterator gives them. The iterator is drained on a thread of its own,
     * so that making the partnerships (generating, reading) overlaps with writing them.
     */
    public static void write(Census header, Iterator<Partnership> partnerships, Path file, Optional<String> format,
                             ProgressListener listener) {
        write(header, partnerships, OptionalLong.empty(), file, format, listener, true);
    }

    private static void write(Census header, Iterator<Partnership> partnerships, OptionalLong total, Path file,
                              Optional<String> format, ProgressListener listener, boolean overlapped) {
        CensusFormat f = CensusFormats.installed().forPath(file, format);
        FormatOptions options = format.map(FormatSpec::parse).map(FormatSpec::options).orElse(FormatOptions.NONE);
        String phase = "write " + file.getFileName();
        Consumer<CensusSink> source = sink -> {
            sink.start(header);
            while (partnerships.hasNext()) {
                sink.partnership(partnerships.next());
            }
            sink.end(header);
        };
        atomically(file, out -> {
            try (CensusSink sink = f.write(out, options)) {
                CensusSink counted = new CensusSink() {
                    private long done;

                    @Override
                    public void start(Census h) {
                        sink.start(h);
                    }

                    @Override
                    public void partnership(Partnership p) {
                        sink.partnership(p);
                        listener.progress(phase, ++done, total);
                    }

                    @Override
                    public void end(Census h) {
                        sink.end(h);
                    }
                };
                if (overlapped) {
                    SinkPipe.pipe(source, counted);
                } else {
                    source.accept(counted);
                }
            }
        });
    }

    /**
     * Converts a file to another format, one partnership at a time: a census larger than memory converts.
     *
     * @param transform applied to each partnership on its way (e.g. {@link Partnership#withoutContacts})
     */
    public static ConvertResult convert(Path in, Path out, Optional<String> from, Optional<String> to,
                                        UnaryOperator<Partnership> transform, ProgressListener listener) {
        CensusFormats formats = CensusFormats.installed();
        CensusFormat reader = formats.forPath(in, from);
        CensusFormat writer = formats.forPath(out, to);
        FormatOptions readOptions = from.map(FormatSpec::parse).map(FormatSpec::options).orElse(FormatOptions.NONE);
        FormatOptions writeOptions = to.map(FormatSpec::parse).map(FormatSpec::options).orElse(FormatOptions.NONE);
        long[] counts = new long[3];
        atomically(out, os -> {
            try (InputStream is = Files.newInputStream(in); CensusSink sink = writer.write(os, writeOptions)) {
                ProgressInputStream counted = new ProgressInputStream(is, listener, "convert " + in.getFileName(),
                        OptionalLong.of(Files.size(in)));
                SinkPipe.pipe(pipe -> reader.read(counted, in.toString(), readOptions, pipe), new CensusSink() {
                    @Override
                    public void start(Census header) {
                        sink.start(header);
                    }

                    @Override
                    public void partnership(Partnership p) {
                        Partnership t = transform.apply(p);
                        counts[0]++;
                        counts[1] += t.actions().size();
                        sink.partnership(t);
                    }

                    @Override
                    public void end(Census header) {
                        sink.end(header);
                    }
                });
                counted.done();
                counts[2] = counted.count();
            }
        });
        long written;
        try {
            written = Files.size(out);
        } catch (IOException e) {
            throw new CensusException(out + ": written but cannot be measured: " + e.getMessage(), e);
        }
        return new ConvertResult(reader.info().name(), writer.info().name(), counts[0], counts[1], counts[2],
                written);
    }

    static void atomically(Path file, AtomicFiles.Body body) {
        AtomicFiles.write(file, body);
    }
}
