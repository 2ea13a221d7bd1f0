package org.census.io.xlsx;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.census.internal.TempFiles;
import org.census.io.xlsx.TablesLayout.Column;

/**
 * A sheet whose rows are written to a temporary file until its turn in the workbook: a zip is written one part at a
 * time, so only one sheet streams straight into the workbook and the others wait here, out of the heap, already as
 * XML.
 */
final class SpooledSheet implements AutoCloseable {
    private final Path file;
    private final OutputStream out;
    private final SheetWriter sheet;

    SpooledSheet(String name, List<Column> columns) throws IOException {
        file = TempFiles.createFile("census-sheet", ".xml");
        OutputStream stream = null;
        try {
            stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            sheet = new SheetWriter(name, columns, stream);
        } catch (IOException | RuntimeException e) {
            if (stream != null) {
                stream.close();
            }
            Files.deleteIfExists(file);
            throw e;
        }
        out = stream;
    }

    void row(Object[] values) throws IOException {
        sheet.row(values);
    }

    /** Writes the sheet into the workbook. */
    void copyTo(WorkbookWriter workbook) throws IOException {
        sheet.finish();
        out.close();
        OutputStream part = workbook.beginSheet(sheet.name(), sheet.columns());
        Files.copy(file, part);
        workbook.endSheet(sheet.name(), sheet.rows());
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
