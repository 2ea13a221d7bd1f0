package org.census.publication.internal.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A TrueType font file rewritten without some of its tables.
 *
 * <p>Why: PDFBox 3 applies a font's glyph substitutions (its {@code GSUB} table: ligatures such as "fi") to every
 * string it draws, compiling regular expressions for each one; with the chart font's GSUB that took four fifths of
 * the bundled edition's PDF time (5 of 6 s warm). Without the table the text is drawn glyph for glyph, as it is
 * measured for the layout, and copies as it is typed.
 *
 * <p>The other tables are copied byte for byte; the table directory, its search fields and the font's checksum
 * adjustment ({@code head}) are recomputed as the OpenType specification says.
 */
final class FontTables {
    private static final int OFFSET_TABLE = 12;
    private static final int RECORD = 16;
    /** The constant of the OpenType "checksum adjustment" in the head table. */
    private static final long CHECKSUM_MAGIC = 0xB1B0AFBAL;

    private FontTables() {
    }

    /** The font {@code font} (a TrueType/OpenType file) without the tables whose tags are given. */
    static byte[] without(byte[] font, Set<String> tags) {
        ByteBuffer in = ByteBuffer.wrap(font);
        if (font.length < OFFSET_TABLE) {
            throw new IllegalArgumentException("not a font file: " + font.length + " bytes");
        }
        int sfntVersion = in.getInt(0);
        int count = in.getShort(4) & 0xFFFF;
        if ((long) OFFSET_TABLE + (long) count * RECORD > font.length) {
            throw new IllegalArgumentException("font table directory runs past the file's end");
        }
        List<Table> kept = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = OFFSET_TABLE + i * RECORD;
            String tag = new String(font, at, 4, StandardCharsets.ISO_8859_1);
            long offset = in.getInt(at + 8) & 0xFFFFFFFFL;
            long length = in.getInt(at + 12) & 0xFFFFFFFFL;
            if (offset + length > font.length) {
                throw new IllegalArgumentException("font table " + tag + " runs past the file's end");
            }
            if (!tags.contains(tag)) {
                kept.add(new Table(tag, in.getInt(at + 4), Arrays.copyOfRange(font, (int) offset,
                        (int) (offset + length))));
            }
        }
        return write(sfntVersion, kept);
    }

    private static byte[] write(int sfntVersion, List<Table> tables) {
        int size = OFFSET_TABLE + tables.size() * RECORD;
        for (Table table : tables) {
            size += padded(table.data().length);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(Math.max(1, tables.size()));
        out.putInt(sfntVersion)
                .putShort((short) tables.size())
                .putShort((short) (power * RECORD))
                .putShort((short) Integer.numberOfTrailingZeros(power))
                .putShort((short) (tables.size() * RECORD - power * RECORD));
        int offset = OFFSET_TABLE + tables.size() * RECORD;
        int headOffset = -1;
        for (Table table : tables) {
            boolean head = table.tag().equals("head");
            if (head) {
                headOffset = offset;
                // The head's checksum is computed with its adjustment at zero.
                ByteBuffer.wrap(table.data()).putInt(8, 0);
            }
            out.put(table.tag().getBytes(StandardCharsets.ISO_8859_1))
                    .putInt(head ? (int) checksum(table.data(), 0, table.data().length) : table.checksum())
                    .putInt(offset)
                    .putInt(table.data().length);
            out.put(offset, table.data());
            offset += padded(table.data().length);
        }
        byte[] bytes = out.array();
        if (headOffset >= 0) {
            long adjustment = (CHECKSUM_MAGIC - checksum(bytes, 0, bytes.length)) & 0xFFFFFFFFL;
            ByteBuffer.wrap(bytes).putInt(headOffset + 8, (int) adjustment);
        }
        return bytes;
    }

    /** The OpenType checksum: the sum of the big-endian 32-bit words, the last one padded with zeros. */
    static long checksum(byte[] bytes, int from, int length) {
        long sum = 0;
        for (int i = 0; i < length; i += 4) {
            long word = 0;
            for (int j = 0; j < 4; j++) {
                word = word << 8 | (i + j < length ? bytes[from + i + j] & 0xFF : 0);
            }
            sum += word;
        }
        return sum & 0xFFFFFFFFL;
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    private record Table(String tag, int checksum, byte[] data) {
    }
}
