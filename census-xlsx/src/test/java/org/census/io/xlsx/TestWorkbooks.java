package org.census.io.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test helpers: workbooks changed as a zip (parts replaced, filled, forged) or as a person would in a spreadsheet. */
public final class TestWorkbooks {
    private TestWorkbooks() {
    }

    /** A zip (a workbook) with one part's bytes changed, the other parts as they were. */
    public static byte[] withPart(byte[] zip, String part, UnaryOperator<byte[]> change) {
        return rezip(zip, (name, content, copy) -> copy.write(name.equals(part) ? change.apply(content) : content),
                copy -> { });
    }

    /** One part's bytes. */
    public static byte[] partOf(byte[] zip, String part) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(part)) {
                    return in.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no part " + part);
    }

    /** A zip (a workbook) with parts replaced, and those of names it does not hold added at its end. */
    public static byte[] withParts(byte[] zip, Map<String, byte[]> parts) {
        Map<String, byte[]> added = new LinkedHashMap<>(parts);
        return rezip(zip, (name, content, copy) -> {
            byte[] replaced = added.remove(name);
            copy.write(replaced == null ? content : replaced);
        }, copy -> {
            for (Map.Entry<String, byte[]> part : added.entrySet()) {
                copy.putNextEntry(new ZipEntry(part.getKey()));
                copy.write(part.getValue());
                copy.closeEntry();
            }
        });
    }

    /**
     * A zip (a workbook) with {@code count} bytes {@code filler} put into one part, after the first {@code after};
     * the filler is deflated as it is written, never held whole, so that a test can make a part of hundreds of
     * megabytes in a zip of a few hundred kilobytes.
     */
    public static byte[] withFiller(byte[] zip, String part, String after, byte filler, long count) {
        byte[] chunk = new byte[1 << 16];
        java.util.Arrays.fill(chunk, filler);
        return rezip(zip, (name, content, copy) -> {
            if (!name.equals(part)) {
                copy.write(content);
                return;
            }
            String xml = new String(content, StandardCharsets.UTF_8);
            int at = xml.indexOf(after) + after.length();
            copy.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
            for (long left = count; left > 0; left -= chunk.length) {
                copy.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
            copy.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
        }, copy -> { });
    }

    /** The zip with the inflated size its central directory declares for one part changed: a forged directory. */
    public static byte[] withDeclaredSize(byte[] zip, String part, long size) {
        byte[] b = zip.clone();
        directoryHeader(b, part).putInt(24, (int) size);
        return b;
    }

    /** The zip with the compressed size its central directory declares for one part changed. */
    public static byte[] withCompressedSize(byte[] zip, String part, long size) {
        byte[] b = zip.clone();
        directoryHeader(b, part).putInt(20, (int) size);
        return b;
    }

    /**
     * The zip with one more entry in its central directory, {@code alias}, a copy of {@code part}'s: both point at
     * the same local header and data, as in a zip bomb made of overlapping entries.
     */
    public static byte[] withDirectoryAlias(byte[] zip, String part, String alias) {
        ByteBuffer le = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - 22;
        if (le.getInt(end) != 0x06054b50) {
            throw new IllegalArgumentException("a zip with a comment");
        }
        int directoryStart = le.getInt(end + 16);
        ByteBuffer header = directoryHeader(zip, part);
        byte[] name = alias.getBytes(StandardCharsets.UTF_8);
        ByteBuffer copy = ByteBuffer.allocate(46 + name.length).order(ByteOrder.LITTLE_ENDIAN);
        copy.put(zip, header.arrayOffset(), 46).putShort(28, (short) name.length).putShort(30, (short) 0)
                .putShort(32, (short) 0).put(46, name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(zip, 0, end);
        out.writeBytes(copy.array());
        ByteBuffer record = ByteBuffer.wrap(Arrays.copyOfRange(zip, end, zip.length)).order(ByteOrder.LITTLE_ENDIAN);
        record.putShort(8, (short) (record.getShort(8) + 1)).putShort(10, (short) (record.getShort(10) + 1))
                .putInt(12, end + copy.capacity() - directoryStart);
        out.writeBytes(record.array());
        return out.toByteArray();
    }

    /** The same zip with every entry stored (not deflated): its bytes can be changed in place. */
    public static byte[] stored(byte[] zip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                ZipEntry entry = new ZipEntry(e.getName());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(content.length);
                entry.setCompressedSize(content.length);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(content);
                entry.setCrc(crc.getValue());
                copy.putNextEntry(entry);
                copy.write(content);
                copy.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The central directory header of a part, from its signature (PK 1 2): the inflated size at 24, the name's
     * length at 28, the name at 46.
     */
    private static ByteBuffer directoryHeader(byte[] zip, String part) {
        byte[] name = part.getBytes(StandardCharsets.UTF_8);
        ByteBuffer le = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 + name.length <= zip.length; i++) {
            if (le.getInt(i) == 0x02014b50 && (le.getShort(i + 28) & 0xffff) == name.length
                    && java.util.Arrays.equals(zip, i + 46, i + 46 + name.length, name, 0, name.length)) {
                return ByteBuffer.wrap(zip, i, 46).slice().order(ByteOrder.LITTLE_ENDIAN);
            }
        }
        throw new IllegalArgumentException("no part " + part + " in the zip's directory");
    }

    private interface PartCopy {
        void copy(String name, byte[] content, ZipOutputStream copy) throws IOException;
    }

    private interface Tail {
        void write(ZipOutputStream copy) throws IOException;
    }

    private static byte[] rezip(byte[] zip, PartCopy part, Tail tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                copy.putNextEntry(new ZipEntry(e.getName()));
                part.copy(e.getName(), content, copy);
                copy.closeEntry();
            }
            tail.write(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A workbook as a person would change it in a spreadsheet: opened with POI's full model, changed, saved. */
    public static byte[] edited(byte[] xlsx, Consumer<XSSFWorkbook> edit) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            edit.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
