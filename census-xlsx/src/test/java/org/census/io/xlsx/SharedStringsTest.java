package org.census.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.census.io.testing.TestCensus.refused;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.census.CensusFormatException;
import org.census.Location;
import org.census.bundled.BundledCensus;
import org.census.io.testing.TestCensus;
import org.census.model.Census;
import org.junit.jupiter.api.Test;

/**
 * Workbooks whose texts are shared strings, as a spreadsheet saves them: our own workbook rewritten so, with the
 * shared-strings part's optional attributes present, absent or wrong.
 */
class SharedStringsTest {
    private static final Census SMALL = new Census(BundledCensus.load().edition(),
            BundledCensus.load().partnerships().subList(0, 2), Optional.empty(), List.of());
    private static final byte[] XLSX = TestCensus.write(SMALL, "xlsx");
    private static final String SST = "xl/sharedStrings.xml";
    private static final Pattern INLINE = Pattern.compile("<c([^>]*?) t=\"inlineStr\"([^>]*)><is>(.*?)</is></c>");

    /**
     * The workbook with every inline string cell made a shared-string cell, the strings in a shared-strings part
     * whose root has {@code attributes} (with {@code %d} for the number of strings) and ends with {@code extra}
     * strings.
     */
    private static byte[] shared(String attributes, String extra) {
        Map<String, byte[]> parts = parts(XLSX);
        StringBuilder strings = new StringBuilder();
        int[] count = {0};
        Map<String, byte[]> changed = new HashMap<>();
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            if (part.getKey().startsWith("xl/worksheets/")) {
                Matcher m = INLINE.matcher(new String(part.getValue(), StandardCharsets.UTF_8));
                changed.put(part.getKey(), m.replaceAll(r -> {
                    strings.append("<si>").append(r.group(3)).append("</si>");
                    return Matcher.quoteReplacement("<c" + r.group(1) + " t=\"s\"" + r.group(2) + "><v>" + count[0]++
                            + "</v></c>");
                }).getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(count[0]).isGreaterThan(100);
        changed.put(SST, ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"http://schemas."
                + "openxmlformats.org/spreadsheetml/2006/main\"" + attributes.replace("%d", "" + count[0]) + ">"
                + strings + extra + "</sst>").getBytes(StandardCharsets.UTF_8));
        changed.put("[Content_Types].xml", replace(parts.get("[Content_Types].xml"), "</Types>", "<Override "
                + "PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "spreadsheetml.sharedStrings+xml\"/></Types>"));
        changed.put("xl/_rels/workbook.xml.rels", replace(parts.get("xl/_rels/workbook.xml.rels"), "</Relationships>",
                "<Relationship Id=\"rId99\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"));
        return TestWorkbooks.withParts(XLSX, changed);
    }

    private static byte[] replace(byte[] xml, String from, String to) {
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> parts(byte[] zip) {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    @Test
    void sharedStringsWithTheirCountsAreRead() {
        assertThat(TestCensus.read(shared(" count=\"%d\" uniqueCount=\"%d\"", ""), "xlsx")).isEqualTo(SMALL);
    }

    /** Regression: without the optional count, every shared string was "not in the workbook (it has 0)". */
    @Test
    void sharedStringsWithoutTheOptionalCountsAreRead() {
        assertThat(TestCensus.read(shared("", ""), "xlsx")).isEqualTo(SMALL);
    }

    /** The counts, which a spreadsheet does not need, are not believed: the strings are counted. */
    @Test
    void wrongCountsAreIgnored() {
        assertThat(TestCensus.read(shared(" count=\"1\" uniqueCount=\"1\"", ""), "xlsx")).isEqualTo(SMALL);
        assertThat(TestCensus.read(shared(" count=\"2147483647\" uniqueCount=\"99999999999\"", ""), "xlsx"))
                .isEqualTo(SMALL);
    }

    /**
     * Regression: a cell pointing past the strings printed every string of the workbook on one line (4.4 MB for a
     * large one). Now one short line naming the cell, and no text of the workbook.
     */
    @Test
    void aStringThatDoesNotExistIsNamedInOneShortLine() {
        String partnership = SMALL.partnerships().get(0).frenchParties().get(0).name();
        byte[] workbook = shared(" uniqueCount=\"3\"", "");
        byte[] pointingPast = TestWorkbooks.withPart(workbook, "xl/worksheets/sheet2.xml",
                xml -> new String(xml, StandardCharsets.UTF_8).replaceFirst("<v>[0-9]+</v>", "<v>123456</v>")
                        .getBytes(StandardCharsets.UTF_8));
        CensusFormatException e = refused(pointingPast, "xlsx");
        assertThat(e.location()).isEqualTo(Location.cell("Partenariats", 1, 1));
        assertThat(e.problem()).matches("shared string 123,456 does not exist \\(the workbook has [0-9,]+\\)");
        assertThat(e.getMessage()).hasSizeLessThan(200).doesNotContain("\n").doesNotContain(partnership);
    }

    /** A part no cell uses is not read: here a broken one, refused where cells use it, ignored where none does. */
    @Test
    void anUnusedSharedStringsPartIsNotRead() {
        byte[] broken = "<sst><si><t>never closed".getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> used = parts(shared("", ""));
        assertThat(refused(TestWorkbooks.withParts(XLSX, Map.of(SST, broken, "xl/worksheets/sheet2.xml",
                used.get("xl/worksheets/sheet2.xml"), "[Content_Types].xml", used.get("[Content_Types].xml"),
                "xl/_rels/workbook.xml.rels", used.get("xl/_rels/workbook.xml.rels"))), "xlsx").location())
                .isEqualTo(Location.part(SST));
        // The same part, declared, in our own workbook whose cells are inline strings.
        assertThat(TestCensus.read(TestWorkbooks.withParts(XLSX, Map.of(SST, broken, "[Content_Types].xml",
                used.get("[Content_Types].xml"), "xl/_rels/workbook.xml.rels",
                used.get("xl/_rels/workbook.xml.rels"))), "xlsx")).isEqualTo(SMALL);
    }

    @Test
    void moreThanAMillionSharedStringsAreRefused() {
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < 1_000_000; i++) {
            extra.append("<si><t>").append(i).append("</t></si>");
        }
        CensusFormatException e = refused(shared("", extra.toString()), "xlsx");
        assertThat(e.location()).isEqualTo(Location.part(SST));
        assertThat(e.problem()).isEqualTo("more than 1,000,000 shared strings, the most read here");
    }

    @Test
    void sharedStringsOfMoreThanSixteenMillionCharactersAreRefused() {
        Random random = new Random(3);
        StringBuilder extra = new StringBuilder();
        for (int s = 0; s < 500; s++) {
            extra.append("<si><t>");
            for (int i = 0; i < 32_000; i++) {
                extra.append((char) ('a' + random.nextInt(26)));
            }
            extra.append("</t></si>");
        }
        CensusFormatException e = refused(shared("", extra.toString()), "xlsx");
        assertThat(e.location()).isEqualTo(Location.part(SST));
        assertThat(e.problem()).isEqualTo("shared strings of more than 16,000,000 characters together, the most read "
                + "here");
    }

    @Test
    void aSharedStringLongerThanACellIsRefused() {
        CensusFormatException e = refused(shared("", "<si><t>" + "x".repeat(40_000) + "</t></si>"), "xlsx");
        assertThat(e.location()).isEqualTo(Location.part(SST));
        assertThat(e.problem()).matches("shared string [0-9,]+ has more than 32,767 characters, the most a "
                + "spreadsheet cell holds");
    }
}
