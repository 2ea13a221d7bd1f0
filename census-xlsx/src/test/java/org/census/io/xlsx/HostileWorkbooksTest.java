package org.census.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.census.io.testing.TestCensus.refused;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import org.census.CensusFormatException;
import org.census.Location;
import org.census.bundled.BundledCensus;
import org.census.io.CensusFiles;
import org.census.io.testing.TestCensus;
import org.census.model.Census;
import org.junit.jupiter.api.Test;

/**
 * Untrusted workbooks get a one-line CensusFormatException, never an out-of-memory error, a hang or a stack trace
 * (census-io's HostileFilesTest holds the JSON documents).
 */
class HostileWorkbooksTest {
    private static final Census SMALL = new Census(BundledCensus.load().edition(),
            BundledCensus.load().partnerships().subList(0, 2), Optional.empty(), List.of());
    private static final byte[] XLSX = TestCensus.write(SMALL, "xlsx");
    /** The Partenariats sheet: the second created. */
    private static final String PARTNERSHIPS = "xl/worksheets/sheet2.xml";
    /** The Actions sheet: the fifth. */
    private static final String ACTIONS = "xl/worksheets/sheet5.xml";

    /** The workbook with some entries replaced or added. */
    private static byte[] with(Map<String, byte[]> replace) {
        return TestWorkbooks.withParts(XLSX, replace);
    }

    private static byte[] sheet(String rows) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData>" + rows + "</sheetData></worksheet>")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void notAZip() {
        assertThat(refused("hello".getBytes(StandardCharsets.UTF_8), "xlsx").problem()).contains("not");
    }

    @Test
    void everyCutOfAValidWorkbookFailsCleanly() {
        // Every cut, byte by byte (about 16,000 reads, a few seconds: a cut without the zip directory fails at once).
        for (int cut = 0; cut < XLSX.length; cut++) {
            byte[] part = java.util.Arrays.copyOf(XLSX, cut);
            try {
                // A cut that leaves every entry whole may still read: then it reads the same census.
                assertThat(CensusFiles.installed().read(new ByteArrayInputStream(part), "cut.xlsx", "xlsx"))
                        .as("cut at " + cut).isEqualTo(SMALL);
            } catch (CensusFormatException expected) {
                assertThat(expected.getMessage()).startsWith("cut.xlsx: ");
            }
        }
    }

    /** Two entries of one name: readers that take the first and readers that take the last would disagree. */
    @Test
    void duplicateZipEntriesAreRefused() {
        String decoy = PARTNERSHIPS.substring(0, PARTNERSHIPS.length() - 1) + "Z";
        byte[] withDecoy = with(Map.of(decoy, sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>decoy</t>"
                + "</is></c></row>")));
        // Rename the decoy to the real sheet's name in the local header and the central directory alike.
        byte[] bytes = withDecoy.clone();
        byte[] from = decoy.getBytes(StandardCharsets.US_ASCII);
        byte[] to = PARTNERSHIPS.getBytes(StandardCharsets.US_ASCII);
        int renamed = 0;
        for (int i = 0; i + from.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, bytes, i, to.length);
                renamed++;
            }
        }
        assertThat(renamed).isEqualTo(2);
        assertThat(refused(bytes, "xlsx").getMessage()).contains("more than 1 entry with the name " + PARTNERSHIPS)
                .doesNotContain("census-read");
    }

    @Test
    void zipBombIsRefused() {
        // About 200 MB of blanks inside the sheet's rows, compressed to a few hundred kilobytes.
        byte[] bomb = TestWorkbooks.withFiller(XLSX, PARTNERSHIPS, "<sheetData>", (byte) ' ', 200L << 20);
        assertThat(bomb.length).isLessThan(1_000_000);
        assertThat(refused(bomb, "xlsx").getMessage()).containsIgnoringCase("zip bomb");
    }

    /**
     * 300 MB of spaces after the actions sheet's rows, deflated about 900-fold: no reader looks there, and it is
     * refused all the same, from the zip's directory, before anything is inflated (the message gives the whole
     * part's size, which only the directory knows then).
     */
    @Test
    void bombAfterTheRowsOfTheActionsSheetIsRefusedUnread() {
        byte[] bomb = TestWorkbooks.withFiller(XLSX, ACTIONS, "</sheetData>", (byte) ' ', 300L << 20);
        assertThat(bomb.length).isLessThan(400_000);
        long start = System.nanoTime();
        CensusFormatException e = refused(bomb, "xlsx");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(e.location()).isEqualTo(Location.part(ACTIONS));
        assertThat(e.problem()).matches("inflates [0-9,]+-fold \\(314,[0-9,]+ bytes from [0-9,]+\\), more than the "
                + "200-fold a workbook part may: a zip bomb");
    }

    /** A directory that understates a part: reading stops as soon as the part passes the size declared. */
    @Test
    void partInflatingBeyondItsDeclaredSizeIsStopped() {
        // The partnerships are read on the caller's thread, the actions on a thread of their own.
        for (String part : List.of(PARTNERSHIPS, ACTIONS)) {
            CensusFormatException e = refused(TestWorkbooks.withDeclaredSize(XLSX, part, 1000), "xlsx");
            assertThat(e.location()).isEqualTo(Location.part(part));
            assertThat(e.problem()).isEqualTo("inflates to more than the 1,000 bytes its zip directory declares: "
                    + "the zip is damaged or forged");
        }
    }

    /** Small parts are not held to the ratio: a short repetitive part may deflate very well. */
    @Test
    void partUnderAHundredKilobytesMayInflateMoreThanTwoHundredFold() throws Exception {
        byte[] small = TestWorkbooks.withFiller(XLSX, "docProps/app.xml", "?>", (byte) ' ', 100_000);
        try (ZipFile zip = ZipFile.builder().setByteArray(small).get()) {
            ZipArchiveEntry app = zip.getEntry("docProps/app.xml");
            assertThat(app.getSize()).isLessThan(100 * 1024).isGreaterThan(200 * app.getCompressedSize());
        }
        assertThat(TestCensus.read(small, "xlsx")).isEqualTo(SMALL);
    }

    @Test
    void partLargerThanTwoGigabytesIsRefused() {
        CensusFormatException e = refused(TestWorkbooks.withDeclaredSize(XLSX, ACTIONS, 3L << 30), "xlsx");
        assertThat(e.location()).isEqualTo(Location.part(ACTIONS));
        assertThat(e.problem()).isEqualTo("inflates to 3,221,225,472 bytes, more than the 2,147,483,648 a part may "
                + "here");
    }

    @Test
    void partsLargerThanFourGigabytesTogetherAreRefused() {
        // Three parts declared at 1.5 GB each: the total is checked first, before each part's own limits.
        byte[] forged = XLSX;
        for (String part : List.of(PARTNERSHIPS, ACTIONS, "xl/worksheets/sheet3.xml")) {
            forged = TestWorkbooks.withDeclaredSize(forged, part, 1536L << 20);
        }
        assertThat(refused(forged, "xlsx").problem()).isEqualTo("the parts inflate to more than 4,294,967,296 bytes "
                + "together, the most a workbook may here");
    }

    @Test
    void moreThanAThousandEntriesAreRefused() {
        Map<String, byte[]> extra = new java.util.HashMap<>();
        for (int i = 0; i < 1000; i++) {
            extra.put("extra/" + i + ".txt", new byte[] {'x'});
        }
        assertThat(refused(with(extra), "xlsx").problem()).matches("1,0[0-9][0-9] zip entries, more than the 1,000 a "
                + "workbook may have here");
    }

    @Test
    void externalEntityIsNotResolved() {
        byte[] xxe = with(Map.of(PARTNERSHIPS, ("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                + "main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
                + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8)));
        assertThat(refused(xxe, "xlsx").getMessage()).doesNotContain("root:");
    }

    @Test
    void entityExpansionIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE w [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        byte[] laughs = with(Map.of("xl/workbook.xml", ("<?xml version=\"1.0\"?>" + dtd + "]><workbook>&a9;"
                + "</workbook>").getBytes(StandardCharsets.UTF_8)));
        refused(laughs, "xlsx");
    }

    @Test
    void hugeCellIsRefusedWithItsPlace() {
        byte[] huge = with(Map.of(PARTNERSHIPS, sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Identifiant"
                + "</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>" + incompressible(30_000_000)
                + "</t></is></c></row>")));
        CensusFormatException e = refused(huge, "xlsx");
        assertThat(e.location()).isEqualTo(Location.cell("Partenariats", 1, 3));
        assertThat(e.problem()).contains("more than 32767 characters");
    }

    private static String incompressible(int length) {
        java.util.Random random = new java.util.Random(7);
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(chars);
    }

    @Test
    void millionEmptyRowsAreSkipped() {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 1_000_000; r++) {
            rows.append("<row r=\"").append(r).append("\"/>");
        }
        byte[] empty = with(Map.of(PARTNERSHIPS, sheet(rows.toString())));
        CensusFormatException e = refused(empty, "xlsx");
        assertThat(e.problem()).contains("no column \"Identifiant\"");
    }

    /**
     * 100,000 distinct names, each case read in time linear in its size: each refused in a few seconds. The workbook
     * part, read by StAX, whose cost grows with the names it holds, is held to 1,000 names; the sheets, read by
     * {@link org.census.io.xlsx.internal.SpreadsheetMlReader}, which keeps no names, to their attributes' limits, or
     * read through to the census's own refusal.
     */
    @Test
    void distinctXmlNamesAreBounded() {
        StringBuilder elements = new StringBuilder("<row r=\"1\">");
        StringBuilder attributes = new StringBuilder("<row r=\"1\">");
        StringBuilder oneElement = new StringBuilder("<row r=\"1\"><c");
        StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas."
                + "openxmlformats.org/spreadsheetml/2006/main\">");
        for (int i = 0; i < 100_000; i++) {
            elements.append("<x").append(i).append("/>");
            attributes.append("<c a").append(i).append("=\"\"/>");
            oneElement.append(" a").append(i).append("=\"\"");
            workbook.append("<x").append(i).append("/>");
        }
        Map<String, byte[]> cases = new java.util.LinkedHashMap<>();
        cases.put(PARTNERSHIPS, sheet(elements + "</row>"));
        cases.put(ACTIONS, sheet(attributes + "</row>"));
        cases.put("xl/worksheets/sheet3.xml", sheet(oneElement + "/></row>"));
        cases.put("xl/workbook.xml", (workbook + "</workbook>").getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> c : cases.entrySet()) {
            long start = System.nanoTime();
            CensusFormatException e = refused(with(Map.of(c.getKey(), c.getValue())), "xlsx");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(c.getKey()).isLessThan(Duration.ofSeconds(5));
            assertThat(e.getMessage()).as(c.getKey()).doesNotContain("\n").hasSizeLessThan(500);
            if (c.getKey().equals("xl/workbook.xml")) {
                assertThat(e.problem()).isEqualTo("more than 1,000 distinct XML element and attribute names, the most "
                        + "a part may use here (a sheet uses about 20)");
            } else if (c.getKey().equals("xl/worksheets/sheet3.xml")) {
                assertThat(e.problem()).isEqualTo("a <c> start tag of more than 65,536 bytes, the most read here");
            }
        }
    }

    /**
     * Malformed sheet XML is refused in one line that names the file, the sheet and the row or cell where the reader
     * was: a reference to an undeclared entity, a tag closed by another, a part cut short, bytes that are not UTF-8.
     */
    @Test
    void malformedSheetXmlNamesTheSheetAndTheCell() {
        Map<java.util.function.UnaryOperator<String>, String> cases = new java.util.LinkedHashMap<>();
        cases.put(x -> x.substring(0, a2(x)) + "a &bogus; b" + x.substring(a2(x)), "Partenariats!A2: broken sheet "
                + "XML: an entity reference (&bogus;) the part does not declare (byte ");
        cases.put(x -> x.substring(0, a2(x)) + "\u00ff\u00fe" + x.substring(a2(x)), "Partenariats!A2: broken sheet "
                + "XML: bytes that are not UTF-8 or not a character XML allows (byte ");
        cases.put(x -> x.substring(0, x.indexOf("</c>", a2(x))) + x.substring(x.indexOf("</c>", a2(x)) + 4),
                "Partenariats!2: broken sheet XML: </row> closes <c> (byte ");
        cases.put(x -> x.substring(0, a2(x) + 2), "Partenariats!2: broken sheet XML: the part ends inside <t> (byte ");
        for (Map.Entry<java.util.function.UnaryOperator<String>, String> c : cases.entrySet()) {
            // Bytes as ISO-8859-1 characters: each edit is made on the part's bytes as they are.
            byte[] broken = TestWorkbooks.withPart(XLSX, PARTNERSHIPS, xml -> c.getKey().apply(new String(xml,
                    StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1));
            CensusFormatException e = refused(broken, "xlsx");
            assertThat(e.getMessage()).contains(c.getValue()).doesNotContain("\n").hasSizeLessThan(300);
        }
    }

    /** Where the text of the partnerships sheet's cell A2 starts. */
    private static int a2(String sheet) {
        return sheet.indexOf("<t>", sheet.indexOf("<c r=\"A2\"")) + 3;
    }

    /** A part in UTF-16, which the standard allows, is read (transcoded to UTF-8 as it is read). */
    @Test
    void aSheetInUtf16IsRead() throws Exception {
        byte[] utf16 = TestWorkbooks.withPart(XLSX, PARTNERSHIPS, xml -> {
            String text = new String(xml, StandardCharsets.UTF_8).replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
            return text.getBytes(StandardCharsets.UTF_16);
        });
        assertThat(TestCensus.read(utf16, "xlsx")).isEqualTo(SMALL);
    }

    /**
     * The parts POI reads whole: 300,000 content-type overrides (30 MB, once 1.6 to 3 GB of memory), a relationships
     * part and a workbook part of 5 MB each. Each refused, naming the limit, as it is read.
     */
    @Test
    void partsReadWholeAreBoundedTogether() {
        StringBuilder overrides = new StringBuilder("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                + "ContentType=\"application/xml\"/>");
        for (int i = 0; i < 300_000; i++) {
            overrides.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        StringBuilder relationships = new StringBuilder("<?xml version=\"1.0\"?><Relationships xmlns=\"http://"
                + "schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 0; i < 50_000; i++) {
            relationships.append("<Relationship Id=\"rIdX").append(i).append("\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"x.png\"/>");
        }
        String workbook = new String(TestWorkbooks.partOf(XLSX, "xl/workbook.xml"), StandardCharsets.UTF_8);
        StringBuilder names = new StringBuilder("<definedNames>");
        for (int i = 0; i < 150_000; i++) {
            names.append("<definedName name=\"n").append(i).append("\">Actions!$A$1</definedName>");
        }
        Map<String, byte[]> cases = new java.util.LinkedHashMap<>();
        cases.put("[Content_Types].xml", (overrides + "</Types>").getBytes(StandardCharsets.UTF_8));
        cases.put("xl/_rels/workbook.xml.rels", (relationships + "</Relationships>").getBytes(StandardCharsets.UTF_8));
        cases.put("xl/workbook.xml", workbook.replace("</sheets>", "</sheets>" + names + "</definedNames>")
                .getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> c : cases.entrySet()) {
            assertThat(c.getValue().length).isGreaterThan(4 << 20);
            CensusFormatException e = refused(with(Map.of(c.getKey(), c.getValue())), "xlsx");
            assertThat(e.location()).as(c.getKey()).isEqualTo(Location.part(c.getKey()));
            assertThat(e.problem()).isEqualTo("the parts read whole ([Content_Types].xml, the relationships, the core "
                    + "properties and the workbook part) are larger than 4,194,304 bytes together, the most read here");
        }
    }

    /** What a sheet holds is quoted cut short: a message stays one short line (issue 10, point 8). */
    @Test
    void longValuesAreCutInMessages() {
        String huge = "9".repeat(100_000);
        for (String rows : List.of("<row r=\"" + huge + "\"/>", "<row r=\"1\"><c r=\"" + huge + "1\"/></row>",
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t><x" + huge + "/></t></is></c></row>")) {
            CensusFormatException e = refused(with(Map.of(PARTNERSHIPS, sheet(rows))), "xlsx");
            assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(300);
        }
    }
}
