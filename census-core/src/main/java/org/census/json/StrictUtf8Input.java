package org.census.json;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes on bytes that are well-formed UTF-8 (Unicode 15, table 3-7) and stops at the first that is not, which
 * Jackson's decoder does not do: it decodes overlong forms (C0 AF as "/", so that a filter looking for "/" misses it)
 * and turns bytes beyond U+10FFFF into lone surrogates. A JSON text is UTF-8 (RFC 8259, section 8.1), and never holds
 * a raw NUL byte, which is what a file in UTF-16 or UTF-32 shows first: both are refused, with the byte's offset.
 *
 * <p>The bytes before a fault are passed on and the fault is thrown at the next read, so that the parser stands at
 * the fault and its JSON pointer names the place.
 */
final class StrictUtf8Input extends FilterInputStream {
    /** The first byte that is not UTF-8, with its offset in the input. */
    static final class NotUtf8Exception extends CharConversionException {
        private static final long serialVersionUID = 1L;

        NotUtf8Exception(long offset, String problem) {
            super("byte " + offset + ": " + problem + "; a census JSON file is UTF-8: save it as UTF-8");
        }
    }

    private long offset;
    /** Continuation bytes still expected in the current character, and the range of the next one. */
    private int expected;
    private int low = 0x80;
    private int high = 0xBF;
    private long charStart;
    private NotUtf8Exception fault;

    StrictUtf8Input(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (fault != null) {
            throw fault;
        }
        int n = in.read(b, off, len);
        if (n < 0) {
            if (expected > 0) {
                throw new NotUtf8Exception(charStart, "the file ends inside a character");
            }
            return n;
        }
        long start = offset;
        int end = off + n;
        for (int i = off; i < end; i++) {
            if (expected == 0) {
                // ASCII other than NUL, outside a character: almost every byte of a census, passed in a tight loop.
                while (i < end && b[i] > 0) {
                    i++;
                }
                if (i == end) {
                    break;
                }
            }
            offset = start + (i - off);
            String problem = check(b[i] & 0xFF);
            if (problem != null) {
                fault = new NotUtf8Exception(charStart, problem);
                int good = i - off;
                if (good == 0) {
                    throw fault;
                }
                return good;
            }
        }
        offset = start + n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes would go unchecked; reading them checks them.
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        int read = read(buffer, 0, buffer.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Takes one byte; returns what is wrong with it, or null. */
    private String check(int c) {
        if (expected > 0) {
            if (c < low || c > high) {
                return describeContinuation(c);
            }
            expected--;
            low = 0x80;
            high = 0xBF;
            return null;
        }
        charStart = offset;
        if (c == 0) {
            return "a NUL byte, which JSON text never holds (a file in UTF-16 or UTF-32 starts with one)";
        }
        if (c < 0x80) {
            return null;
        }
        if (c == 0xC0 || c == 0xC1) {
            return "an overlong encoding (0x" + hex(c) + ")";
        }
        if (c < 0xC2) {
            return "0x" + hex(c) + " starts no character";
        }
        if (c < 0xE0) {
            expected = 1;
        } else if (c < 0xF0) {
            expected = 2;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c < 0xF5) {
            expected = 3;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return "0x" + hex(c) + " starts no character (a code point beyond U+10FFFF, or not UTF-8)";
        }
        return null;
    }

    /** Why a byte that should continue the character at {@link #charStart} does not. */
    private String describeContinuation(int c) {
        if (c >= 0x80 && c <= 0xBF) {
            if (low == 0xA0 || low == 0x90) {
                return "an overlong encoding (0x" + hex(c) + " after the first byte)";
            }
            if (high == 0x9F) {
                return "a surrogate encoded in UTF-8 (CESU-8; 0xED 0x" + hex(c) + "); encode the character as "
                        + "one 4-byte sequence";
            }
            return "a code point beyond U+10FFFF";
        }
        return "a character cut short (0x" + hex(c) + " where a continuation byte 0x80–0xBF was expected)";
    }

    private static String hex(int c) {
        return String.format("%02X", c);
    }
}
