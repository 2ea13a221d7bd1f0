package org.census.io.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.census.CensusFormatException;
import org.census.CensusIOException;
import org.census.Location;
import org.census.internal.TempFiles;

/**
 * A spreadsheet's bytes copied to a temporary file, which the readers need (a zip or an OLE2 file is read by
 * random access), refused past a size as soon as the copy passes it.
 */
final class SpreadsheetCopy {
    private SpreadsheetCopy() {
    }

    /** The copy, which the caller deletes; {@code kind} names the file in the error ("an xls file"). */
    static Path of(InputStream in, String source, long maxBytes, String kind) {
        Path copy = CensusIOException.call(source + ": cannot read", () -> TempFiles.createFile("census-read",
                ".sheet"));
        try {
            CensusIOException.run(source + ": cannot read", () -> copy(in, copy, source, maxBytes, kind));
            return copy;
        } catch (RuntimeException | Error e) {
            delete(copy);
            throw e;
        }
    }

    private static void copy(InputStream in, Path copy, String source, long maxBytes, String kind)
            throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(copy)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new CensusFormatException(source, Location.NONE, String.format(Locale.ROOT, "larger than "
                            + "%,d bytes, the largest %s read here", maxBytes, kind));
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /** Closes what a book opened on its copy (read-only: a failure to close loses nothing), then deletes the copy. */
    static void close(java.io.Closeable opened, Path copy) {
        if (opened != null) {
            try {
                opened.close();
            } catch (java.io.IOException ignored) {
                // Read-only: nothing is lost.
            }
        }
        delete(copy);
    }

    static void delete(Path copy) {
        try {
            Files.deleteIfExists(copy);
        } catch (IOException ignored) {
            // A temporary file left behind is all that is lost; the shutdown hook removes it.
        }
    }
}
