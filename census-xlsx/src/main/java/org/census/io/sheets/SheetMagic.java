package org.census.io.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.census.CensusFormatException;
import org.census.CensusIOException;
import org.census.Location;
import org.census.io.table.spi.SheetLimits;

/**
 * What a spreadsheet file is, from its first bytes: an xlsx and an ods are both zips (PK), told apart by the ods's
 * first entry, {@code mimetype}, which holds its media type unpacked; an xls is an OLE2 compound file (D0 CF 11 E0),
 * as is an xlsx saved with a password. A reader handed a file of another kind says which it is.
 */
enum SheetMagic {
    XLSX("an xlsx workbook (Excel 2007 or later)"),
    ODS("an OpenDocument spreadsheet (ods)"),
    XLS("an Excel 97-2003 file (xls), or a workbook saved with a password"),
    UNKNOWN("none of these");

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final byte[] MIMETYPE = "mimetype".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet"
            .getBytes(StandardCharsets.US_ASCII);

    private final String description;

    SheetMagic(String description) {
        this.description = description;
    }

    static SheetMagic of(byte[] head) {
        if (startsWith(head, 0, OLE2)) {
            return XLS;
        }
        if (!startsWith(head, 0, ZIP)) {
            return UNKNOWN;
        }
        // The local header: name length at 26, extra field length at 28, the name at 30, then the extra field, then
        // the data, which a stored mimetype entry holds as it is.
        if (head.length < 30) {
            return XLSX;
        }
        int nameLength = (head[26] & 0xff) | (head[27] & 0xff) << 8;
        int extraLength = (head[28] & 0xff) | (head[29] & 0xff) << 8;
        boolean stored = head[8] == 0 && head[9] == 0;
        if (nameLength == MIMETYPE.length && startsWith(head, 30, MIMETYPE)) {
            return stored && startsWith(head, 30 + nameLength + extraLength, ODS_TYPE) ? ODS : UNKNOWN;
        }
        return XLSX;
    }

    /** The first bytes of {@code in}, pushed back so that it reads from its start again. */
    static byte[] peek(PushbackInputStream in, String source) {
        byte[] head = new byte[SheetLimits.SNIFF_BYTES];
        int n = CensusIOException.call(source + ": cannot read", () -> in.readNBytes(head, 0, head.length));
        CensusIOException.run(source + ": cannot read", () -> in.unread(head, 0, n));
        return Arrays.copyOf(head, n);
    }

    /** {@code in} as a stream that {@link #peek} can read from, after checking that it is this kind of file. */
    PushbackInputStream require(InputStream in, String source, String reader) {
        PushbackInputStream pushback = new PushbackInputStream(in, SheetLimits.SNIFF_BYTES);
        SheetMagic found = of(peek(pushback, source));
        if (found == UNKNOWN) {
            throw new CensusFormatException(source, Location.NONE, "not " + description + ": its first bytes are "
                    + "those of no spreadsheet read here (the file is cut short or damaged, or is text)");
        }
        if (found != this) {
            throw new CensusFormatException(source, Location.NONE, "not " + description + " but "
                    + found.description + ": read it as " + found.name().toLowerCase(java.util.Locale.ROOT)
                    + ", not " + reader);
        }
        return pushback;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at < 0 || bytes.length < at + prefix.length) {
            return false;
        }
        return Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
    }
}
