package org.census.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;

import org.census.internal.AtomicFiles;
import org.census.internal.Messages;
import org.census.CensusFormatException;
import org.census.CensusIOException;
import org.census.CensusLimits;
import org.census.model.Census;

/**
 * The census JSON format, version {@value #FORMAT_VERSION}: reading and writing.
 *
 * <p>Parsed values are written beside their raw text for the convenience of other tools, and recomputed from the raw
 * text when read: the raw text is the authority, so a document can never hold a raw text and a value that disagree,
 * and a round trip gives back an equal census.
 *
 * <p>Input is untrusted: no polymorphic typing, and the limits below are set deliberately.
 */
public final class CensusJson {
    /** The version this library writes and reads. */
    public static final int FORMAT_VERSION = 1;
    /** Deepest nesting accepted; the format itself needs 6 levels. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest string accepted, in characters: the longest text of a census ({@link CensusLimits#MAX_TEXT_LENGTH}). */
    public static final int MAX_STRING_LENGTH = CensusLimits.MAX_TEXT_LENGTH;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Largest document accepted, in bytes (a merged census of a million actions is about 1 GB). */
    public static final long MAX_DOCUMENT_LENGTH = 4L * 1024 * 1024 * 1024;

    /**
     * Jackson's streaming parser and generator, and no ObjectMapper: the reader builds its own trees
     * ({@link JsonTrees}), and an ObjectMapper's first use sets up date formats and calendars, a tenth of the
     * cold {@code census overview}.
     */
    private static final JsonFactory FACTORY = newFactory();

    private CensusJson() {
    }

    private static JsonFactory newFactory() {
        return JsonFactory.builder()
                // A key given twice would leave the document saying two things; the xlsx reader refuses duplicate
                // zip entries for the same reason.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(1_000)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .build())
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .build();
    }

    /** The parsers and generators with this format's limits, for the readers and writers that walk a document. */
    static JsonFactory factory() {
        return FACTORY;
    }

    /**
     * Reads a census. The stream is read to its end and not closed.
     *
     * @param source the name of the input for error messages, e.g. a file name or {@code <stdin>}
     * @throws CensusFormatException when the document is not a valid census, naming the JSON pointer
     */
    public static Census read(InputStream in, String source) {
        return JsonCensusReader.read(in, source);
    }

    /** Reads a census from a file. */
    public static Census read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new CensusIOException(file + ": cannot read: " + Messages.reason(e), e);
        }
    }

    /** Writes a census in UTF-8, one record per line. The stream is flushed, not closed. */
    public static void write(Census census, OutputStream out) {
        JsonCensusWriter.write(census, out);
    }

    /** Writes a census to a file atomically: a temporary file beside it, then a move over the target. */
    public static void write(Census census, Path file) {
        AtomicFiles.write(file, out -> write(census, out));
    }
}
