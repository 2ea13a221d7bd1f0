package org.census.io.xlsx;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a sheet kept in a temporary file until the sheet can be written: a zip is written one entry at a time, so
 * only one sheet streams straight into the workbook and the others wait here, out of the heap.
 */
final class RowSpool implements AutoCloseable {
    private static final int NULL = 0;
    private static final int TEXT = 1;
    private static final int LIST = 2;
    private static final int DATE = 3;
    private static final int DECIMAL = 4;
    private static final int INTEGER = 5;
    private static final int BOOLEAN = 6;

    private final Path file;
    private final DataOutputStream out;
    private long rows;

    RowSpool() throws IOException {
        file = Files.createTempFile("census-sheet", ".rows");
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    void row(Object[] values) throws IOException {
        out.writeShort(values.length);
        for (Object v : values) {
            if (v == null) {
                out.writeByte(NULL);
            } else if (v instanceof String s) {
                out.writeByte(TEXT);
                text(s);
            } else if (v instanceof List<?> list) {
                out.writeByte(LIST);
                out.writeInt(list.size());
                for (Object item : list) {
                    text((String) item);
                }
            } else if (v instanceof LocalDate d) {
                out.writeByte(DATE);
                out.writeLong(d.toEpochDay());
            } else if (v instanceof BigDecimal d) {
                out.writeByte(DECIMAL);
                text(d.toString());
            } else if (v instanceof Integer i) {
                out.writeByte(INTEGER);
                out.writeInt(i);
            } else if (v instanceof Boolean b) {
                out.writeByte(BOOLEAN);
                out.writeBoolean(b);
            } else {
                throw new IllegalArgumentException(v.getClass().getName());
            }
        }
        rows++;
    }

    private void text(String s) throws IOException {
        // Lone surrogates must survive, so the chars are kept as they are rather than encoded as UTF-8.
        out.writeInt(s.length());
        out.writeChars(s);
    }

    interface RowConsumer {
        void row(Object[] values) throws IOException;
    }

    /** Reads the rows back in order. */
    void replay(RowConsumer consumer) throws IOException {
        out.close();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            for (long r = 0; r < rows; r++) {
                Object[] values = new Object[in.readUnsignedShort()];
                for (int c = 0; c < values.length; c++) {
                    values[c] = switch (in.readUnsignedByte()) {
                        case NULL -> null;
                        case TEXT -> text(in);
                        case LIST -> {
                            int n = in.readInt();
                            List<String> items = new ArrayList<>(n);
                            for (int i = 0; i < n; i++) {
                                items.add(text(in));
                            }
                            yield items;
                        }
                        case DATE -> LocalDate.ofEpochDay(in.readLong());
                        case DECIMAL -> new BigDecimal(text(in));
                        case INTEGER -> in.readInt();
                        case BOOLEAN -> in.readBoolean();
                        default -> throw new EOFException("corrupt spool " + file);
                    };
                }
                consumer.row(values);
            }
        }
    }

    private static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) {
            chars[i] = in.readChar();
        }
        return new String(chars);
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }

}
