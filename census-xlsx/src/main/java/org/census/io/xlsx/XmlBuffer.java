package org.census.io.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * XML as UTF-8 bytes, escaped as it is appended, handed to a stream in large blocks. The workbook writer's hot path:
 * a million rows of text go through {@link #text} with no intermediate strings.
 */
final class XmlBuffer {
    private static final int FLUSH_AT = 1 << 16;

    private final OutputStream out;
    private byte[] bytes = new byte[FLUSH_AT + 1024];
    private int size;

    XmlBuffer(OutputStream out) {
        this.out = out;
    }

    /** Markup: ASCII written as it is. */
    XmlBuffer raw(String ascii) {
        ensure(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            bytes[size++] = (byte) ascii.charAt(i);
        }
        return this;
    }

    XmlBuffer raw(char ascii) {
        ensure(1);
        bytes[size++] = (byte) ascii;
        return this;
    }

    /** A whole number in decimal, its digits written in place: rows and cells number in the millions. */
    XmlBuffer number(long n) {
        if (n < 0) {
            raw('-');
            if (n == Long.MIN_VALUE) {
                return raw(Long.toString(n).substring(1));
            }
            n = -n;
        }
        int digits = 1;
        for (long rest = n / 10; rest > 0; rest /= 10) {
            digits++;
        }
        ensure(digits);
        for (int i = size + digits - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        size += digits;
        return this;
    }

    /**
     * Character data or an attribute value, escaped. A CR is written as a reference because an XML reader turns a
     * literal one into a line feed; the text must hold only characters XML allows (see
     * {@link org.census.io.internal.CellText#toCell}).
     */
    XmlBuffer text(String s) {
        ensure(s.length() * 6);
        byte[] b = bytes;
        int n = size;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '&' -> n = put(b, n, "&amp;");
                    case '<' -> n = put(b, n, "&lt;");
                    case '>' -> n = put(b, n, "&gt;");
                    case '"' -> n = put(b, n, "&quot;");
                    case '\r' -> n = put(b, n, "&#13;");
                    default -> b[n++] = (byte) c;
                }
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[n++] = (byte) (0xF0 | cp >> 18);
                b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("a lone surrogate reached the XML writer");
            } else {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        size = n;
        return this;
    }

    private static int put(byte[] b, int n, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            b[n++] = (byte) ascii.charAt(i);
        }
        return n;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /** Hands the bytes to the stream once there are enough of them. */
    void flushIfFull() throws IOException {
        if (size >= FLUSH_AT) {
            flush();
        }
    }

    void flush() throws IOException {
        out.write(bytes, 0, size);
        size = 0;
        if (bytes.length > FLUSH_AT * 4) {
            bytes = new byte[FLUSH_AT + 1024];
        }
    }
}
