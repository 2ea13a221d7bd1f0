package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.census.CensusLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A census whose lists are longer than the model holds (too many donors, too many actions of one partnership), in
 * JSON and in the xlsx tables, is refused under a 128 MB heap with one line naming the limit: never an out-of-memory.
 * The files are generated here, a little past each limit, streamed to disk.
 */
class ModelLimitsIT {
    private static final String EDITION = "{\"id\":\"x\",\"title\":\"X\",\"publisher\":\"P\",\"partnerCountry\":\"ML\","
            + "\"editionDate\":\"2013-11-08\",\"crisisReferenceDate\":\"2012-03-22\"}";

    @BeforeAll
    static void findJar() {
        CensusJarIT.findJar();
    }

    @Test
    void tooManyDonorsInJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("donors.json");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("{\"formatVersion\":1,\"census\":" + EDITION + ",\"solidarityFund\":{\"name\":\"F\","
                    + "\"asOf\":\"2013-01-01\",\"donors\":[");
            for (int i = 0; i <= CensusLimits.MAX_DONORS + 10; i++) {
                w.write((i == 0 ? "" : ",") + "{\"name\":\"Commune " + i + "\",\"amountEur\":" + i + "}");
            }
            w.write("]},\"partnerships\":[]}");
        }
        assertRefused(dir, "donors.json", "donors.json: /solidarityFund/donors: more than 100,000 items");
    }

    @Test
    void tooManyActionsOfOnePartnershipInJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("actions.json");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("{\"formatVersion\":1,\"census\":" + EDITION + ",\"partnerships\":[{\"id\":\"p\",\"actions\":[");
            for (int i = 0; i <= CensusLimits.MAX_ACTIONS_PER_PARTNERSHIP + 10; i++) {
                w.write((i == 0 ? "" : ",") + "{\"number\":\"" + i + "\",\"description\":\"Forage " + i
                        + "\",\"budget\":\"" + i + " €\"}");
            }
            w.write("]}]}");
        }
        assertRefused(dir, "actions.json", "actions.json: /partnerships/0/actions: more than 10000 actions in one "
                + "partnership");
    }

    @Test
    void tooManyActionsOfOnePartnershipInXlsx(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("small.json"), "{\"formatVersion\":1,\"census\":" + EDITION
                + ",\"partnerships\":[{\"id\":\"p\",\"actions\":[{\"number\":\"1\",\"description\":\"Forage\","
                + "\"budget\":\"1 000 €\"}]}],\"solidarityFund\":{\"name\":\"F\",\"asOf\":\"2013-01-01\","
                + "\"donors\":[{\"name\":\"Commune\",\"amountEur\":5}]}}");
        Cli.Run small = Cli.run(dir, "convert", "small.json", "small.xlsx");
        assertThat(small.code()).as(small.err()).isZero();
        repeatRows(dir.resolve("small.xlsx"), dir.resolve("actions.xlsx"), "Forage",
                CensusLimits.MAX_ACTIONS_PER_PARTNERSHIP + 10);
        assertRefused(dir, "actions.xlsx", "actions.xlsx: Actions!A10002: more than 10000 actions for partnership");
        repeatRows(dir.resolve("small.xlsx"), dir.resolve("donors.xlsx"), "Commune", CensusLimits.MAX_DONORS + 10);
        assertRefused(dir, "donors.xlsx", "donors.xlsx: Donateurs!B100002: more than 100,000 items");
    }

    private static void assertRefused(Path dir, String file, String message) throws Exception {
        Cli.Run run = CensusJarIT.runWithHeap(dir, "128m", "overview", file);
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("OutOfMemoryError").startsWith("census: " + message);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err().length()).isLessThan(400);
    }

    /**
     * A copy of a workbook whose sheet holding {@code marker} has its data row repeated {@code count} times, each
     * with a random word after the marker (the reader numbers rows without an {@code r} attribute one after another).
     */
    private static void repeatRows(Path in, Path out, String marker, int count) throws IOException {
        Pattern row = Pattern.compile("<row r=\"2\"([^>]*)>(.*?)</row>", Pattern.DOTALL);
        try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(in));
             ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                byte[] content = zin.readAllBytes();
                zout.putNextEntry(new ZipEntry(e.getName()));
                String xml = new String(content, StandardCharsets.UTF_8);
                Matcher m = row.matcher(xml);
                if (e.getName().startsWith("xl/worksheets/") && m.find() && m.group(2).contains(marker)) {
                    write(zout, xml.substring(0, m.start()));
                    // Rows that differ, as a real sheet's do: identical ones deflate past the zip-bomb ratio.
                    java.util.Random random = new java.util.Random(1);
                    for (int i = 0; i < count; i++) {
                        write(zout, "<row" + m.group(1) + ">" + m.group(2).replace(marker, marker + " "
                                + Long.toHexString(random.nextLong())) + "</row>");
                    }
                    write(zout, xml.substring(m.end()));
                } else {
                    zout.write(content);
                }
                zout.closeEntry();
            }
        }
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }
}
