package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.census.bundled.BundledCensus;
import org.census.json.CensusJson;

/** census refuses, in one line and with exit 1, what it used to read in part: nothing is written. */
class StrictInputsTest {
    @Test
    void aSecondDocumentAfterTheCensusIsRefused(@TempDir Path dir) throws Exception {
        CensusJson.write(BundledCensus.load(), dir.resolve("one.json"));
        String one = Files.readString(dir.resolve("one.json"));
        Files.writeString(dir.resolve("two.json"), one + one);
        Cli.Run run = Cli.run(dir, "convert", "two.json", "out.xlsx");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).contains("two.json: byte " + one.getBytes(StandardCharsets.UTF_8).length)
                .contains("a second JSON document after the end of the census").doesNotContain("\n");
        assertThat(dir.resolve("out.xlsx")).doesNotExist();
    }

    @Test
    void aRenamedSheetIsRefusedNotReadAsEmpty(@TempDir Path dir) throws Exception {
        CensusJson.write(BundledCensus.load(), dir.resolve("in.json"));
        assertThat(Cli.run(dir, "convert", "in.json", "in.xlsx").code()).isZero();
        Files.write(dir.resolve("renamed.xlsx"), renamed(Files.readAllBytes(dir.resolve("in.xlsx")),
                "name=\"Actions\"", "name=\"Actions (2)\""));
        Cli.Run run = Cli.run(dir, "convert", "renamed.xlsx", "out.json");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).contains("renamed.xlsx: Actions (2): the sheet \"Actions (2)\" is read only "
                + "under its name in the tables layout: rename it \"Actions\"").doesNotContain("\n");
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    /** The workbook with a text of its xl/workbook.xml replaced. */
    private static byte[] renamed(byte[] xlsx, String from, String to) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals("xl/workbook.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    assertThat(xml).contains(from);
                    content = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
