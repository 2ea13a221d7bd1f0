package org.census.io.csv;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A CSV file's bytes as characters, its encoding found as a spreadsheet user expects: a byte order mark (UTF-8,
 * UTF-16 LE or BE) wins; else the first {@link #DETECTION_BYTES} are checked as strict UTF-8, and a file with an
 * invalid sequence there is Windows-1252 (what French Excel's "CSV (séparateur : point-virgule)" writes). A file that
 * is UTF-8 there and not later is refused where it stops being UTF-8, never read as mojibake. Every decoder reports
 * what it cannot decode (never a replacement character): an invalid sequence, a byte Windows-1252 leaves undefined
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D), a lone surrogate in UTF-16.
 */
final class CsvDecoder {
    /** Bytes looked at to tell UTF-8 from Windows-1252. */
    static final int DETECTION_BYTES = 64 * 1024;

    /** The values of the {@code encoding} option, and what each reads. */
    static final Map<String, Charset> ENCODINGS = Map.of(
            "utf-8", StandardCharsets.UTF_8,
            "windows-1252", Charset.forName("windows-1252"),
            "utf-16", StandardCharsets.UTF_16,
            "iso-8859-1", StandardCharsets.ISO_8859_1);

    /** Bytes that are no character in the file's encoding. */
    static final class BadBytes extends CharConversionException {
        private static final long serialVersionUID = 1L;

        BadBytes(String problem) {
            super(problem);
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final String encoding;
    private final boolean guessed;
    private final ByteBuffer bytes;
    private boolean ended;
    private boolean flushed;
    private BadBytes fault;

    private CsvDecoder(InputStream in, ByteBuffer bytes, Charset charset, String encoding, boolean guessed) {
        this.in = in;
        this.bytes = bytes;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.encoding = encoding;
        this.guessed = guessed;
    }

    /**
     * Reads the first bytes of {@code in} and chooses the encoding.
     *
     * @param forced the {@code encoding} option, if given: one of {@link #ENCODINGS}
     */
    static CsvDecoder open(InputStream in, Optional<String> forced) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(DETECTION_BYTES);
        int n = in.readNBytes(bytes.array(), 0, DETECTION_BYTES);
        bytes.limit(n);
        boolean whole = n < DETECTION_BYTES;
        if (forced.isPresent()) {
            String name = forced.get().toLowerCase(Locale.ROOT);
            Charset charset = ENCODINGS.get(name);
            if (charset == null) {
                throw new IllegalArgumentException("encoding=" + forced.get() + ": expected one of "
                        + new TreeMap<>(ENCODINGS).keySet());
            }
            if (charset == StandardCharsets.UTF_8 && startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
                bytes.position(3);
            }
            if (charset == StandardCharsets.UTF_16 && !startsWith(bytes, 0xFF, 0xFE) && !startsWith(bytes, 0xFE, 0xFF)) {
                // Without its mark, Java reads UTF-16 as big-endian; Windows writes little-endian. The zero bytes
                // of the ASCII characters tell which: at odd offsets in little-endian.
                charset = littleEndian(bytes) ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            }
            return new CsvDecoder(in, bytes, charset, name, false);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            bytes.position(3);
            return new CsvDecoder(in, bytes, StandardCharsets.UTF_8, "UTF-8", false);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            bytes.position(2);
            return new CsvDecoder(in, bytes, StandardCharsets.UTF_16LE, "UTF-16LE", false);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            bytes.position(2);
            return new CsvDecoder(in, bytes, StandardCharsets.UTF_16BE, "UTF-16BE", false);
        }
        if (isUtf8(bytes.duplicate(), whole)) {
            return new CsvDecoder(in, bytes, StandardCharsets.UTF_8, "UTF-8", true);
        }
        return new CsvDecoder(in, bytes, ENCODINGS.get("windows-1252"), "windows-1252", true);
    }

    /** The encoding it reads, as a message names it. */
    String encoding() {
        return encoding;
    }

    /** Whether the encoding was chosen from the file's first bytes rather than a byte order mark or the option. */
    boolean guessed() {
        return guessed;
    }

    /**
     * Reads characters: the good ones before a fault first, then the fault as {@link BadBytes}, again at every call.
     *
     * @return how many, at least 1, or -1 at the end
     */
    int read(char[] target, int offset, int length) throws IOException {
        if (fault != null) {
            throw fault;
        }
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, ended);
            int produced = out.position() - offset;
            if (result.isError()) {
                fault = new BadBytes(describe(result.length()));
                if (produced > 0) {
                    return produced;
                }
                throw fault;
            }
            if (result.isOverflow() || produced > 0) {
                return produced;
            }
            if (ended) {
                decoder.flush(out);
                flushed = true;
                produced = out.position() - offset;
                return produced > 0 ? produced : -1;
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                ended = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
    }

    private String describe(int length) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length; i++) {
            hex.append(i == 0 ? "" : " ").append(String.format("0x%02X", bytes.get(bytes.position() + i) & 0xFF));
        }
        return (length == 1 ? "byte " : "bytes ") + hex + (length == 1 ? " is" : " are") + " not " + encoding;
    }

    private static boolean littleEndian(ByteBuffer bytes) {
        int odd = 0;
        int even = 0;
        for (int i = bytes.position(); i < bytes.limit(); i++) {
            if (bytes.get(i) == 0) {
                if ((i - bytes.position()) % 2 == 1) {
                    odd++;
                } else {
                    even++;
                }
            }
        }
        return odd > even;
    }

    private static boolean startsWith(ByteBuffer bytes, int... prefix) {
        if (bytes.remaining() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes.get(bytes.position() + i) & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the bytes are strict UTF-8; a character cut by the end of the window counts as UTF-8. */
    private static boolean isUtf8(ByteBuffer window, boolean whole) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer sink = CharBuffer.allocate(window.remaining() + 1);
        CoderResult result = strict.decode(window, sink, whole);
        return !result.isError();
    }

    /** For a guessed encoding read wrong, the fix a message suggests. */
    String hint() {
        if (guessed && encoding.equals("UTF-8")) {
            return "; the first " + DETECTION_BYTES / 1024 + " KB were UTF-8: save the file as UTF-8 or give "
                    + "encoding=windows-1252";
        }
        return "; give the file's encoding (encoding=" + String.join("|", new TreeMap<>(ENCODINGS).keySet()) + ")";
    }
}
