package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbook parts that were held whole in memory, read by census.jar under {@code -Xmx128m}: each either streams (a
 * part no cell uses is not read) or is refused in one line naming the limit, in seconds, never an out-of-memory.
 */
class HostileWorkbookMemoryIT {
    private static final String HEAP = "128m";
    private static final String SST = "xl/sharedStrings.xml";

    @TempDir
    static Path dir;
    private static Map<String, byte[]> parts;
    /**
     * How long a hostile workbook may take: 30 s, or 15 times the same command on the untouched workbook here and
     * now, whichever is longer, so that a loaded machine (the suite failed at 37 s under a load average of 25 on 2
     * cores, JVM start included) does not fail a reader that stays linear.
     */
    private static Duration bound;

    @BeforeAll
    static void generate() throws Exception {
        CensusJarIT.findJar();
        // Made in-process: only the reading is under the small heap.
        Cli.Run g = Cli.run(dir, "generate", "--partnerships", "50",
                "--actions-per-partnership", "2", "-o", "base.xlsx");
        assertThat(g.code()).as(g.err()).isZero();
        long start = System.nanoTime();
        Cli.Run untouched = CensusJarIT.runWithHeap(dir, HEAP, "overview", "base.xlsx", "--json");
        assertThat(untouched.code()).as(untouched.err()).isZero();
        Duration reference = Duration.ofNanos(System.nanoTime() - start);
        bound = Collections.max(List.of(Duration.ofSeconds(30), reference.multipliedBy(15)));
        parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(dir.resolve("base.xlsx")))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
    }

    /** The generated workbook with parts replaced or added; {@code sstStrings} shared strings streamed in. */
    private static Path workbook(String name, Map<String, String> replaced, int sstStrings) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                String text = replaced.get(part.getKey());
                zip.write(text == null ? part.getValue() : text.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            if (sstStrings > 0) {
                zip.putNextEntry(new ZipEntry(SST));
                writeStrings(zip, sstStrings);
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Numbered strings: they deflate about 10-fold, within the ratio a part may inflate by. */
    private static void writeStrings(OutputStream out, int count) throws IOException {
        out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\">").getBytes(StandardCharsets.UTF_8));
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i < count; i++) {
            chunk.append("<si><t>").append(i).append(" partenariat</t></si>");
            if (chunk.length() > 1 << 16) {
                out.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
                chunk.setLength(0);
            }
        }
        out.write((chunk + "</sst>").getBytes(StandardCharsets.UTF_8));
    }

    /** The content types and workbook relationships that declare the shared strings, as a spreadsheet saves them. */
    private static Map<String, String> declaringSharedStrings() {
        Map<String, String> replaced = new LinkedHashMap<>();
        replaced.put("[Content_Types].xml", text("[Content_Types].xml").replace("</Types>", "<Override PartName=\""
                + "/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                + "sharedStrings+xml\"/></Types>"));
        replaced.put("xl/_rels/workbook.xml.rels", text("xl/_rels/workbook.xml.rels").replace("</Relationships>",
                "<Relationship Id=\"rId99\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
                + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"));
        return replaced;
    }

    private static String text(String part) {
        return new String(parts.get(part), StandardCharsets.UTF_8);
    }

    private static Cli.Run overview(Path workbook) throws Exception {
        long start = System.nanoTime();
        Cli.Run run = CensusJarIT.runWithHeap(dir, HEAP, "overview", workbook.getFileName().toString(),
                "--json");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(bound);
        assertThat(run.err()).doesNotContain("OutOfMemoryError");
        return run;
    }

    private static void assertRefusedInOneLine(Cli.Run run, String limit) {
        assertThat(run.code()).as(run.err()).isNotZero();
        assertThat(run.err().strip()).doesNotContain("\n").hasSizeLessThan(400).contains(limit);
    }

    /**
     * 4 million shared strings (140 MB inflated, in 9 MB: held as POI held them, over 250 MB), which no cell uses:
     * never read, and the census is.
     */
    @Test
    void anUnusedSharedStringsPartIsNotRead() throws Exception {
        Path file = workbook("unused-sst.xlsx", declaringSharedStrings(), 4_000_000);
        Cli.Run run = overview(file);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).path("overview").path("forms").asInt()).isEqualTo(50);
    }

    /** The same part, used by one cell: read, and refused at its limit. */
    @Test
    void aUsedSharedStringsPartOfFourMillionStringsIsRefused() throws Exception {
        Map<String, String> replaced = declaringSharedStrings();
        String sheet = "xl/worksheets/sheet2.xml";
        replaced.put(sheet, text(sheet).replaceFirst("<c r=\"A2\"[^>]*><is><t>[^<]*</t></is></c>",
                "<c r=\"A2\" t=\"s\"><v>5</v></c>"));
        assertThat(replaced.get(sheet)).contains("<v>5</v>");
        Path file = workbook("used-sst.xlsx", replaced, 4_000_000);
        // Its 20-character strings pass the limit of characters before that of strings.
        assertRefusedInOneLine(overview(file), "used-sst.xlsx: xl/sharedStrings.xml: shared strings of more than "
                + "16,000,000 characters together, the most read here");
    }

    /** 300,000 content-type overrides (30 MB), once 1.6 to 3 GB of memory. */
    @Test
    void threeHundredThousandContentTypeOverridesAreRefused() throws Exception {
        StringBuilder overrides = new StringBuilder();
        for (int i = 0; i < 300_000; i++) {
            overrides.append("<Override PartName=\"/xl/media/image").append(i).append(".png\" ContentType=\"image/"
                    + "png\"/>");
        }
        Path file = workbook("overrides.xlsx", Map.of("[Content_Types].xml", text("[Content_Types].xml")
                .replace("</Types>", overrides + "</Types>")), 0);
        assertRefusedInOneLine(overview(file), "larger than 4,194,304 bytes together, the most read here");
    }
}
