package org.census.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** How the CSV-shaped exports (csv, hxl) start a file: strict UTF-8, a byte-order mark when asked. */
public final class CsvOutput {
    private CsvOutput() {
    }

    /** A UTF-8 writer that reports what UTF-8 cannot encode: the JDK's default writes "?" in its place. */
    public static Writer utf8(OutputStream out) {
        return new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** A printer on the writer, after a byte-order mark if asked (so that Excel reads UTF-8). */
    public static CSVPrinter printer(Writer writer, CSVFormat format, boolean bom) throws IOException {
        if (bom) {
            writer.write('\uFEFF');
        }
        return new CSVPrinter(writer, format);
    }
}
