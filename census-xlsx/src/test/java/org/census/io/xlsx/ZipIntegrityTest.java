package org.census.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.census.io.testing.TestCensus.refused;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.census.CensusFormatException;
import org.census.Location;
import org.census.bundled.BundledCensus;
import org.census.io.testing.TestCensus;
import org.census.model.Census;
import org.junit.jupiter.api.Test;

/**
 * A workbook's zip is read as its directory describes it, or refused: entries that share bytes, and parts whose bytes
 * do not match the CRC-32 the directory declares. The zips are forged byte by byte.
 */
class ZipIntegrityTest {
    private static final Census SMALL = new Census(BundledCensus.load().edition(),
            BundledCensus.load().partnerships().subList(0, 2), Optional.empty(), List.of());
    private static final byte[] XLSX = TestCensus.write(SMALL, "xlsx");
    private static final String PARTNERSHIPS = "xl/worksheets/sheet2.xml";
    private static final String ACTIONS = "xl/worksheets/sheet5.xml";

    @Test
    void aStoredWorkbookReads() {
        assertThat(TestCensus.read(TestWorkbooks.stored(XLSX), "xlsx")).isEqualTo(SMALL);
    }

    /** Two directory entries that point at one local header: one compressed block read as two parts. */
    @Test
    void twoEntriesOfOneLocalHeaderAreRefused() {
        // A name no part of the workbook has (the bundled census's has nine sheets).
        CensusFormatException e = refused(TestWorkbooks.withDirectoryAlias(XLSX, ACTIONS, "xl/worksheets/sheet10.xml"),
                "xlsx");
        assertThat(e.problem()).matches("shares its bytes with the part xl/worksheets/sheet(5|10)\\.xml "
                + "\\(overlapping zip entries, a way to build zip bombs\\): the zip is forged");
        assertThat(e.location().toString()).matches("xl/worksheets/sheet(5|10)\\.xml");
    }

    /** A part whose compressed data, as the directory gives it, runs over the next entry's local header. */
    @Test
    void anEntryRunningIntoTheNextIsRefused() {
        byte[] stored = TestWorkbooks.stored(XLSX);
        int size = new String(stored, StandardCharsets.ISO_8859_1).length();
        // Stored, the compressed size is the part's size: 10 bytes more reach into the next entry's local header.
        byte[] forged = TestWorkbooks.withCompressedSize(stored, PARTNERSHIPS, partSize(stored, PARTNERSHIPS) + 10);
        assertThat(forged).hasSize(size);
        CensusFormatException e = refused(forged, "xlsx");
        assertThat(e.problem()).startsWith("shares its bytes with the part " + PARTNERSHIPS);
        assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(300);
    }

    /** The last entry's data, as the directory gives it, runs into the directory itself (the zip library sees
     * it, and a part that runs past the end of the file). */
    @Test
    void anEntryRunningIntoTheDirectoryIsRefused() {
        byte[] stored = TestWorkbooks.stored(XLSX);
        String last = "xl/workbook.xml";
        CensusFormatException e = refused(TestWorkbooks.withCompressedSize(stored, last, partSize(stored, last) + 1),
                "xlsx");
        assertThat(e.getMessage()).isEqualTo("hostile.xlsx: not a readable xlsx workbook: data for xl/workbook.xml "
                + "overlaps with central directory.");
    }

    /**
     * A budget changed in a stored part, where no inflater notices it: the CRC-32 does, for a sheet read on the
     * caller's thread and for the actions, read on a thread of their own.
     */
    @Test
    void aChangedByteInAStoredPartIsRefusedByItsChecksum() {
        for (String part : List.of(PARTNERSHIPS, ACTIONS)) {
            byte[] stored = TestWorkbooks.stored(XLSX);
            String text = new String(stored, StandardCharsets.ISO_8859_1);
            int sheet = text.indexOf("<sheetData>", localHeader(stored, part));
            int digit = sheet;
            while (!Character.isDigit(text.charAt(digit)) || text.charAt(digit - 1) != '>') {
                digit++;
            }
            stored[digit] = (byte) (stored[digit] == '9' ? '8' : stored[digit] + 1);
            CensusFormatException e = refused(stored, "xlsx");
            assertThat(e.location()).as(part).isEqualTo(Location.part(part));
            assertThat(e.problem()).matches("its bytes do not match the CRC-32 its zip directory declares "
                    + "\\([0-9a-f]{8}, read [0-9a-f]{8}\\): the zip is damaged or was changed");
        }
    }

    /** The size of a part, from its local header (stored: the size of its data). */
    private static int partSize(byte[] zip, String part) {
        return ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN).getInt(localHeader(zip, part) + 18);
    }

    /** Where a part's local header is. */
    private static int localHeader(byte[] zip, String part) {
        byte[] name = part.getBytes(StandardCharsets.UTF_8);
        ByteBuffer le = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 30 + name.length <= zip.length; i++) {
            if (le.getInt(i) == 0x04034b50 && Arrays.equals(zip, i + 30, i + 30 + name.length, name, 0,
                    name.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException(part);
    }
}
