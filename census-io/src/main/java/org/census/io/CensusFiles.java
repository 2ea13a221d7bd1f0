package org.census.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.census.internal.AtomicFiles;
import org.census.internal.Messages;
import org.census.CensusException;
import org.census.CensusFormatException;
import org.census.CensusIOException;
import org.census.io.spi.CensusFormat;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatInfo;
import org.census.io.spi.FormatOptions;
import org.census.model.Census;
import org.census.model.CensusHeader;
import org.census.model.Partnership;

/**
 * Reading, writing and converting census files with the formats of a registry ({@link #installed()} for the
 * formats on the class path, {@link #with(CensusFormats)} for a registry of one's own). A format is given as
 * {@code NAME} or {@code NAME:key=value,...} (options, e.g. {@code csv:separator=semicolon,bom=true}); when absent,
 * the file's extension decides. Inputs are opened read-only and never modified; outputs are written atomically.
 *
 * <p>Every failure is a {@link org.census.CensusException}: a {@link CensusFormatException} for input that cannot be
 * read (naming the file and the place in it), a {@link CensusIOException} for a disk that fails.
 */
public final class CensusFiles {
    private final CensusFormats formats;

    private CensusFiles(CensusFormats formats) {
        this.formats = Objects.requireNonNull(formats, "formats");
    }

    /** Files read and written with the formats installed on the class path ({@link CensusFormats#installed()}). */
    public static CensusFiles installed() {
        return Installed.FILES;
    }

    private static final class Installed {
        static final CensusFiles FILES = new CensusFiles(CensusFormats.installed());
    }

    /** Files read and written with the formats of this registry. */
    public static CensusFiles with(CensusFormats formats) {
        return new CensusFiles(formats);
    }

    /** The registry this facade uses. */
    public CensusFormats formats() {
        return formats;
    }

    /** Reads a whole census from a file. */
    public Census read(Path file, Optional<String> format, ProgressListener listener) {
        CensusCollector collector = new CensusCollector(file.toString());
        read(file, format, collector, listener);
        return collector.census();
    }

    /**
     * Reads a census one partnership at a time into a sink, for censuses too large to hold in memory (the overview
     * of a merged census of a million actions). The sink is not closed.
     */
    public void read(Path file, Optional<String> format, CensusSink sink, ProgressListener listener) {
        CensusFormat f = reader(file, format);
        FormatOptions options = options(format);
        try (InputStream in = open(file)) {
            ProgressInputStream counted = new ProgressInputStream(in, listener, "read " + file.getFileName(),
                    OptionalLong.of(Files.size(file)));
            f.read(counted, file.toString(), options, warningsTo(sink, listener));
            counted.done();
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /**
     * An input opened for reading, or an error that blames it (not the output a conversion would write): no such
     * file, permission denied, a directory.
     */
    private static InputStream open(Path file) {
        if (Files.isDirectory(file)) {
            throw new CensusIOException(file + ": cannot read: a directory, not a file");
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    private static CensusIOException cannotRead(Path file, IOException e) {
        return new CensusIOException(file + ": cannot read: " + Messages.reason(e), e);
    }

    /**
     * Reads a whole census from a stream (standard input, a resource), not closed.
     *
     * @param format {@code NAME} or {@code NAME:key=value,...}
     */
    public Census read(InputStream in, String sourceName, String format) {
        FormatSpec spec = FormatSpec.parse(format);
        CensusCollector collector = new CensusCollector(sourceName);
        CensusFormat f = formats.require(spec.name());
        if (!f.info().canRead()) {
            throw cannot(sourceName, f, "read");
        }
        f.read(in, sourceName, spec.options(), collector);
        return collector.census();
    }

    /** Writes a census atomically: a temporary file beside the target, then a move over it. */
    public void write(Census census, Path file, Optional<String> format, ProgressListener listener) {
        write(census.header(), census.partnerships().iterator(), OptionalLong.of(census.partnerships().size()), file,
                format, listener, false);
    }

    /**
     * Writes a census too large for memory, atomically: its header, then the partnerships as the iterator gives
     * them. The iterator is drained on a thread of its own, so that making the partnerships (generating, reading)
     * overlaps with writing them.
     */
    public void write(CensusHeader header, Iterator<Partnership> partnerships, Path file, Optional<String> format,
                      ProgressListener listener) {
        write(header, partnerships, OptionalLong.empty(), file, format, listener, true);
    }

    private void write(CensusHeader header, Iterator<Partnership> partnerships, OptionalLong total, Path file,
                       Optional<String> format, ProgressListener listener, boolean overlapped) {
        CensusFormat f = writer(file, format);
        FormatOptions options = options(format);
        String phase = "write " + file.getFileName();
        Consumer<CensusSink> source = sink -> {
            sink.start(header);
            while (partnerships.hasNext()) {
                sink.partnership(partnerships.next());
            }
            sink.end(header);
        };
        AtomicFiles.write(file, out -> {
            try (CensusSink sink = f.write(out, options)) {
                long[] done = {0};
                CensusSink counted = new MappingSink(sink, p -> {
                    listener.progress(phase, ++done[0], total);
                    return p;
                });
                if (overlapped) {
                    SinkPipe.pipe(source, counted);
                } else {
                    source.accept(counted);
                }
            }
        });
    }

    /**
     * Converts a file to another format, one partnership at a time (a census larger than memory converts), its header
     * and each partnership transformed. Both are asked for, so that leaving personal data out is done for both: the
     * forms' contacts ({@link Partnership#withoutContacts}) and the edition's credits
     * ({@link CensusHeader#withoutContacts}).
     *
     * @param header    applied to the header on its way (e.g. {@link CensusHeader#withoutContacts}, which leaves the
     *                  edition's credits out)
     * @param transform applied to each partnership on its way (e.g. {@link Partnership#withoutContacts})
     */
    public ConvertResult convert(Path in, Path out, Optional<String> from, Optional<String> to,
                                 UnaryOperator<CensusHeader> header, UnaryOperator<Partnership> transform,
                                 ProgressListener listener) {
        CensusFormat reader = reader(in, from);
        CensusFormat writer = writer(out, to);
        AtomicFiles.requireNotAnInput(out, List.of(in));
        FormatOptions readOptions = options(from);
        FormatOptions writeOptions = options(to);
        long[] counts = new long[3];
        // Opened before the output: a missing or unreadable input is the input's error, not the output's.
        try (InputStream is = open(in)) {
            convert(is, in, reader, readOptions, out, writer, writeOptions, header, transform, listener, counts);
        } catch (IOException closing) {
            throw cannotRead(in, closing);
        }
        long written = CensusIOException.call(out + ": written but cannot be measured", () -> Files.size(out));
        return new ConvertResult(reader.info().name(), writer.info().name(), counts[0], counts[1], counts[2],
                written);
    }

    private static void convert(InputStream is, Path in, CensusFormat reader, FormatOptions readOptions, Path out,
                                CensusFormat writer, FormatOptions writeOptions, UnaryOperator<CensusHeader> header,
                                UnaryOperator<Partnership> transform, ProgressListener listener, long[] counts) {
        AtomicFiles.write(out, os -> {
            try (CensusSink sink = writer.write(os, writeOptions)) {
                ProgressInputStream counted = new ProgressInputStream(is, listener, "convert " + in.getFileName(),
                        OptionalLong.of(Files.size(in)));
                SinkPipe.pipe(pipe -> reader.read(counted, in.toString(), readOptions, pipe),
                        warningsTo(new MappingSink(sink, header, p -> {
                            Partnership t = transform.apply(p);
                            counts[0]++;
                            counts[1] += t.actions().size();
                            return t;
                        }), listener));
                counted.done();
                counts[2] = counted.count();
            }
        });
    }

    /** The sink, with the reader's warnings handed to the listener too. */
    private static CensusSink warningsTo(CensusSink sink, ProgressListener listener) {
        return new MappingSink(sink, UnaryOperator.identity()) {
            @Override
            public void warning(String message) {
                listener.warning(message);
                super.warning(message);
            }
        };
    }

    private CensusFormat reader(Path file, Optional<String> format) {
        CensusFormat f = formats.forPath(file, format);
        if (!f.info().canRead()) {
            throw cannot(file.toString(), f, "read");
        }
        return f;
    }

    private CensusFormat writer(Path file, Optional<String> format) {
        CensusFormat f = formats.forPath(file, format);
        if (!f.info().canWrite()) {
            throw cannot(file.toString(), f, "write");
        }
        return f;
    }

    private CensusException cannot(String source, CensusFormat f, String what) {
        boolean read = what.equals("read");
        return new CensusException(source + ": the " + f.info().name() + " format does not " + what
                + " censuses; formats that do: " + formats.all().stream()
                .filter(i -> read ? i.canRead() : i.canWrite()).map(FormatInfo::name).toList());
    }

    private static FormatOptions options(Optional<String> format) {
        return format.map(FormatSpec::parse).map(FormatSpec::options).orElse(FormatOptions.NONE);
    }
}
