package org.census.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.census.CensusFormatException;
import org.census.Location;
import org.census.bundled.BundledCensus;
import org.census.model.Census;
import org.junit.jupiter.api.Test;

/** Untrusted files get a one-line CensusFormatException, never an out-of-memory error, a hang or a stack trace. */
class HostileFilesTest {
    private static final Census SMALL = new Census(BundledCensus.load().edition(),
            BundledCensus.load().partnerships().subList(0, 2), Optional.empty(), List.of());
    private static final byte[] XLSX = TestCensus.write(SMALL, "xlsx");
    /** The Partenariats sheet: the second created. */
    private static final String PARTNERSHIPS = "xl/worksheets/sheet2.xml";

    private static CensusFormatException fails(byte[] bytes, String format) {
        try {
            CensusFiles.installed().read(new ByteArrayInputStream(bytes), "hostile." + format, format);
        } catch (CensusFormatException e) {
            assertThat(e.getMessage()).startsWith("hostile." + format + ": ").doesNotContain("\n");
            return e;
        }
        throw new AssertionError("read without an error");
    }

    /** The workbook with some entries replaced. */
    private static byte[] with(Map<String, byte[]> replace) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.nio.file.Path valid = java.nio.file.Files.createTempFile("valid", ".xlsx");
        java.nio.file.Files.write(valid, XLSX);
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(valid.toFile());
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(replace.containsKey(e.getName()) ? replace.get(e.getName())
                        : in.getInputStream(e).readAllBytes());
                zip.closeEntry();
            }
        } finally {
            java.nio.file.Files.delete(valid);
        }
        return out.toByteArray();
    }

    private static byte[] sheet(String rows) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData>" + rows + "</sheetData></worksheet>")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void notAZip() {
        assertThat(fails("hello".getBytes(StandardCharsets.UTF_8), "xlsx").problem()).contains("not");
    }

    @Test
    void everyCutOfAValidWorkbookFailsCleanly() {
        // Every cut, byte by byte (about 16,000 reads, a few seconds: a cut without the zip directory fails at once).
        for (int cut = 0; cut < XLSX.length; cut++) {
            byte[] part = java.util.Arrays.copyOf(XLSX, cut);
            try {
                // A cut that leaves every entry whole may still read: then it reads the same census.
                assertThat(CensusFiles.installed().read(new ByteArrayInputStream(part), "cut.xlsx", "xlsx")).as("cut at " + cut)
                        .isEqualTo(SMALL);
            } catch (CensusFormatException expected) {
                assertThat(expected.getMessage()).startsWith("cut.xlsx: ");
            }
        }
    }

    /** Two entries of one name: readers that take the first and readers that take the last would disagree. */
    @Test
    void duplicateZipEntriesAreRefused() throws Exception {
        String decoy = PARTNERSHIPS.substring(0, PARTNERSHIPS.length() - 1) + "Z";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.nio.file.Path valid = java.nio.file.Files.createTempFile("valid", ".xlsx");
        java.nio.file.Files.write(valid, XLSX);
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(valid.toFile());
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(in.getInputStream(e).readAllBytes());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(decoy));
            zip.write(sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>decoy</t></is></c></row>"));
            zip.closeEntry();
        } finally {
            java.nio.file.Files.delete(valid);
        }
        // Rename the decoy to the real sheet's name in the local header and the central directory alike.
        byte[] bytes = out.toByteArray();
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
        assertThat(fails(bytes, "xlsx").getMessage()).contains("more than 1 entry with the name " + PARTNERSHIPS)
                .doesNotContain("census-read");
    }

    @Test
    void zipBombIsRefused() throws Exception {
        // About 200 MB of blanks inside the sheet, compressed to a few hundred kilobytes.
        String padding = " ".repeat(1 << 20);
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            rows.append(padding);
        }
        byte[] bomb = with(Map.of(PARTNERSHIPS, sheet(rows.toString())));
        assertThat(bomb.length).isLessThan(1_000_000);
        assertThat(fails(bomb, "xlsx").getMessage()).containsIgnoringCase("zip bomb");
    }

    @Test
    void externalEntityIsNotResolved() throws Exception {
        byte[] xxe = with(Map.of(PARTNERSHIPS, ("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                + "main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
                + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8)));
        assertThat(fails(xxe, "xlsx").getMessage()).doesNotContain("root:");
    }

    @Test
    void entityExpansionIsRefused() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE w [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        byte[] laughs = with(Map.of("xl/workbook.xml", ("<?xml version=\"1.0\"?>" + dtd + "]><workbook>&a9;"
                + "</workbook>").getBytes(StandardCharsets.UTF_8)));
        fails(laughs, "xlsx");
    }

    @Test
    void hugeCellIsRefusedWithItsPlace() throws Exception {
        byte[] huge = with(Map.of(PARTNERSHIPS, sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Identifiant"
                + "</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>" + incompressible(30_000_000)
                + "</t></is></c></row>")));
        CensusFormatException e = fails(huge, "xlsx");
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
    void millionEmptyRowsAreSkipped() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 1_000_000; r++) {
            rows.append("<row r=\"").append(r).append("\"/>");
        }
        byte[] empty = with(Map.of(PARTNERSHIPS, sheet(rows.toString())));
        CensusFormatException e = fails(empty, "xlsx");
        assertThat(e.problem()).contains("no column \"Identifiant\"");
    }

    @Test
    void jsonHostileDocuments() {
        String edition = "{\"formatVersion\": 1, \"census\": {\"id\": \"x\", \"title\": \"T\", \"publisher\": \"P\","
                + " \"partnerCountry\": \"ML\", \"editionDate\": \"2013-11-08\", \"crisisReferenceDate\": "
                + "\"2012-03-22\"}, ";
        assertThat(fails((edition + "\"partnerships\": [{\"id\": \"" + "x".repeat(50_000_000) + "\"}]}")
                .getBytes(StandardCharsets.UTF_8), "json").problem()).contains("safety limit");
        assertThat(fails(("[".repeat(10_000)).getBytes(StandardCharsets.UTF_8), "json").problem())
                .contains("expected a JSON object");
        assertThat(fails((edition + "\"partnerships\": [{\"id\": \"a\", \"notes\": " + "[".repeat(10_000)
                + "]".repeat(10_000) + "}]}").getBytes(StandardCharsets.UTF_8), "json").problem())
                .contains("safety limit");
        assertThat(fails((edition + "\"partnerships\": [{\"id\": 5}]}").getBytes(StandardCharsets.UTF_8), "json")
                .location().jsonPointer()).contains("/partnerships/0/id");
    }
}
