package org.census.io.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A worksheet part with the bytes of its {@code sheetData} element (the rows) left out, for the first pass of
 * {@link XlsxSheetReader}, which wants only the merged regions listed after the rows: the XML parser then reads a few
 * hundred bytes instead of the whole sheet twice. The scan is a byte-level one, linear, and only as sure as XML
 * allows: a {@code <} in the rows always opens markup, so the first {@code </sheetData>} after the start tag ends
 * them, unless a comment, CDATA section or processing instruction (which may hold any text) comes first; then it
 * stops with {@link Unsure} and the caller reads the whole part. A part the scan cannot follow (UTF-16, a name it
 * does not see) is passed on whole, as it was.
 */
final class RowsLeftOut extends InputStream {
    /** The rows hold something the byte scan does not follow: the part is to be read whole. */
    static final class Unsure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsure() {
            super("the rows hold a comment, CDATA or processing instruction", null, false, false);
        }
    }

    /** The longest tag name looked at; a longer one is passed on. */
    private static final int MAX_NAME = 64;

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    /** Bytes of a tag read ahead to see its name, still to be passed on. */
    private final byte[] held = new byte[MAX_NAME + 2];
    private int heldPosition;
    private int heldLength;
    private boolean rowsPassed;

    RowsLeftOut(InputStream in) {
        this.in = in;
    }

    private int next() throws IOException {
        if (position == limit) {
            int n = in.read(buffer, 0, buffer.length);
            if (n <= 0) {
                return -1;
            }
            position = 0;
            limit = n;
        }
        return buffer[position++] & 0xFF;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] out, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int n = 0;
        while (n < length) {
            if (heldPosition < heldLength) {
                out[offset + n++] = held[heldPosition++];
                continue;
            }
            int b = next();
            if (b < 0) {
                break;
            }
            if (b != '<' || rowsPassed) {
                out[offset + n++] = (byte) b;
                continue;
            }
            heldPosition = 0;
            heldLength = 0;
            held[heldLength++] = '<';
            int c = next();
            while (c >= 0 && isNameByte(c) && heldLength <= MAX_NAME) {
                held[heldLength++] = (byte) c;
                c = next();
            }
            String name = new String(held, 1, heldLength - 1, StandardCharsets.ISO_8859_1);
            if ((name.equals("sheetData") || name.endsWith(":sheetData")) && (c == '>' || c == '/'
                    || isSpace(c))) {
                skipRows(name, c);
                heldLength = 0;
                rowsPassed = true;
            } else if (c >= 0) {
                held[heldLength++] = (byte) c;
            }
        }
        return n == 0 ? -1 : n;
    }

    /** Skips the rest of the start tag, then the rows to the end tag {@code </name>} included. */
    private void skipRows(String name, int c) throws IOException {
        int previous = c;
        while (c != '>') {
            if (c < 0) {
                return; // cut short: the parser says so
            }
            if (c == '"' || c == '\'') {
                throw new Unsure(); // an attribute value may hold '>'
            }
            previous = c;
            c = next();
        }
        if (previous == '/') {
            return; // <sheetData/>: no rows
        }
        while (skipPastMarkupStart()) {
            c = next();
            if (c == '!' || c == '?') {
                throw new Unsure();
            }
            if (c != '/') {
                continue;
            }
            int i = 0;
            while (i < name.length() && next() == name.charAt(i)) {
                i++;
            }
            if (i == name.length()) {
                do {
                    c = next();
                } while (isSpace(c));
                if (c == '>') {
                    return;
                }
            }
        }
    }

    /** Skips to the next {@code <}, past it; false at the end. The hot loop: a plain scan of the buffer. */
    private boolean skipPastMarkupStart() throws IOException {
        while (true) {
            byte[] b = buffer;
            int p = position;
            int end = limit;
            while (p < end && b[p] != '<') {
                p++;
            }
            if (p < end) {
                position = p + 1;
                return true;
            }
            position = end;
            if (next() < 0) {
                return false;
            }
            position--; // the byte next() read is looked at by the scan
        }
    }

    private static boolean isNameByte(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ':' || c == '_'
                || c == '-' || c == '.';
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
