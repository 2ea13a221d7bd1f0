package org.census.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.census.io.spi.CensusFormat;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatOptions;
import org.census.model.Census;
import org.census.model.Partnership;

/** Test helpers: a census written and read back through one format, in memory. */
public final class TestCensus {
    private TestCensus() {
    }

    public static byte[] write(Census census, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CensusFormat f = CensusFormats.installed().require(format);
        try (CensusSink sink = f.write(out, FormatOptions.NONE)) {
            sink.census(census);
        }
        return out.toByteArray();
    }

    public static Census read(byte[] bytes, String format) {
        return CensusFiles.installed().read(new ByteArrayInputStream(bytes), "test." + format, format);
    }

    public static Census roundTrip(Census census, String format) {
        return read(write(census, format), format);
    }

    /** A zip (a workbook) with one part's bytes changed, the other parts as they were. */
    public static byte[] withPart(byte[] zip, String part, UnaryOperator<byte[]> change) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                copy.putNextEntry(new ZipEntry(e.getName()));
                copy.write(e.getName().equals(part) ? change.apply(content) : content);
                copy.closeEntry();
            }
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
