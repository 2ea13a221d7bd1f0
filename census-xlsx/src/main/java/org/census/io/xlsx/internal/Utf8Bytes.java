package org.census.io.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.census.CensusFormatException;
import org.census.Location;

/**
 * A part's bytes as the UTF-8 that {@link SpreadsheetMlReader} reads: the encoding its first bytes show, bytes read
 * ahead handed on before the rest, another encoding transcoded.
 */
final class Utf8Bytes {
    private Utf8Bytes() {
    }

    /** The encoding the first bytes show (a byte-order mark, or {@code <} in 16 or 32 bits); null for UTF-8's. */
    static Charset byteOrder(byte[] h) {
        int b0 = h.length > 0 ? h[0] & 0xff : -1;
        int b1 = h.length > 1 ? h[1] & 0xff : -1;
        int b2 = h.length > 2 ? h[2] & 0xff : -1;
        int b3 = h.length > 3 ? h[3] & 0xff : -1;
        // With a byte-order mark, the charsets that read it and leave it out.
        if (b0 == 0 && b1 == 0 && b2 == 0xfe && b3 == 0xff || b0 == 0xff && b1 == 0xfe && b2 == 0 && b3 == 0) {
            return Charset.forName("UTF-32");
        }
        if (b0 == 0 && b1 == 0 && b2 == 0 && b3 == '<') {
            return Charset.forName("UTF-32BE");
        }
        if (b0 == '<' && b1 == 0 && b2 == 0 && b3 == 0) {
            return Charset.forName("UTF-32LE");
        }
        if (b0 == 0xfe && b1 == 0xff || b0 == 0xff && b1 == 0xfe) {
            return StandardCharsets.UTF_16;
        }
        if (b0 == 0 && b1 == '<') {
            return StandardCharsets.UTF_16BE;
        }
        if (b0 == '<' && b1 == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * Bytes already read, then the rest of the stream, which it never closes (a {@code SequenceInputStream} closes
     * each stream it finishes: the part's, whose checksum its reader still checks).
     */
    static final class Prefixed extends InputStream {
        private final byte[] head;
        private final int length;
        private int position;
        private final InputStream rest;

        Prefixed(byte[] head, int length, InputStream rest) {
            this.head = head;
            this.length = length;
            this.rest = rest;
        }

        @Override
        public int read() throws IOException {
            return position < length ? head[position++] & 0xff : rest.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (position < length) {
                int n = Math.min(len, length - position);
                System.arraycopy(head, position, b, off, n);
                position += n;
                return n;
            }
            return rest.read(b, off, len);
        }
    }

    /** Another encoding's characters as UTF-8 bytes; bytes that are not of that encoding stop it with an error. */
    static final class Transcoding extends InputStream {
        private final Reader chars;
        private final String source;
        private final Location where;
        private final Charset from;
        private final char[] buffer = new char[8193];
        private byte[] bytes = new byte[0];
        private int position;

        Transcoding(InputStream in, Charset from, String source, Location where) {
            this.chars = new InputStreamReader(in, from.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            this.from = from;
            this.source = source;
            this.where = where;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (position == bytes.length) {
                int n;
                try {
                    n = chars.read(buffer, 0, buffer.length - 1);
                } catch (CharacterCodingException e) {
                    throw new CensusFormatException(source, where, "bytes that are not " + from.name());
                }
                if (n < 0) {
                    return -1;
                }
                // A surrogate pair cut by the buffer's end is completed before it is encoded.
                if (n > 0 && Character.isHighSurrogate(buffer[n - 1])) {
                    int more = chars.read(buffer, n, 1);
                    n += Math.max(0, more);
                }
                bytes = new String(buffer, 0, n).getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            int n = Math.min(len, bytes.length - position);
            System.arraycopy(bytes, position, b, off, n);
            position += n;
            return n;
        }
    }
}
