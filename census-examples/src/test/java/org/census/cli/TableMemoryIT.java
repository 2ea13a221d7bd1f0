package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.census.io.table.TableField;
import org.census.io.table.TableMapping;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table format through census.jar under {@code -Xmx128m}: a large CSV converts with memory flat, and the
 * hostile files of issue 11 are each refused in one line naming the file and the place, exit code 1, never an
 * out-of-memory or a stack trace. The small hostile files, which test no memory, run in-process.
 */
class TableMemoryIT {
    private static final String HEAP = "128m";
    private static final String[] REGIONS = {"Kayes", "Koulikoro", "Sikasso", "Ségou", "Mopti"};

    @TempDir
    static Path dir;

    @BeforeAll
    static void jar() {
        CensusJarIT.findJar();
    }

    @Test
    void threeHundredThousandActionRowsConvertUnder128Megabytes() throws Exception {
        // 300,000 rows keep the suite fast on 2 shared cores; a million (bench/, README) took 71 s there under load.
        int rows = 300_000;
        int perPartnership = 10;
        Path csv = dir.resolve("rows.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("Collectivité française,Partenaire,Région,Domaine,Action,Période,Budget\r\n");
            for (int i = 0; i < rows; i++) {
                int p = i / perPartnership;
                w.write("Ville de Saint-" + p + ",Commune de N'" + p + "," + REGIONS[p % REGIONS.length]
                        + ",Santé,\"Puits n° " + i + ", village \"\"Tiwa\"\"\",Mai 2012 à mars 2013,"
                        + (1000 + i % 5000) + " €\r\n");
            }
        }
        long start = System.nanoTime();
        Cli.Run run = CensusJarIT.runWithHeap(dir, HEAP, "convert", "rows.csv", "rows.json",
                "--from", "table");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out() + run.err()).contains("30,000 partnerships, 300,000 actions");
        assertThat(Files.size(dir.resolve("rows.json"))).isGreaterThan(30_000_000L);
        System.out.println("TableMemoryIT: 300,000 CSV rows to JSON under -Xmx" + HEAP + " in " + seconds + " s");
    }

    @Test
    void aRowOf20000ColumnsIsRefusedInOneLine() throws Exception {
        String[] cells = new String[20_000];
        Arrays.fill(cells, "x");
        Files.writeString(dir.resolve("wide.csv"), "Collectivité française,Partenaire\r\n" + String.join(",", cells)
                + "\r\n", StandardCharsets.UTF_8);
        assertThat(assertRefused(Cli.run(dir, convert("wide.csv")), "wide.csv: wide!XFE2: "))
                .contains("more than 16,384 columns");
    }

    @Test
    void aCsvOfOneLineOfAQuarterGigabyteIsRefusedHavingReadOnlyTheRowLimit() throws Exception {
        // 256 MB without a line break, cells of 20,000 characters (within a cell's and a row's column limits): the
        // reader stops at its row limit, so a gigabyte is the same file, longer, refused as fast.
        Path file = dir.resolve("oneline.csv");
        byte[] chunk = ("a".repeat(20_000) + ",").repeat(50).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < 256L << 20; written += chunk.length) {
                out.write(chunk);
            }
        }
        long start = System.nanoTime();
        String line = assertRefused(CensusJarIT.runWithHeap(dir, HEAP, convert("oneline.csv")),
                "oneline.csv: oneline!");
        assertThat(line).contains("a row longer than 1,000,000 characters");
        assertThat((System.nanoTime() - start) / 1_000_000_000L).isLessThan(30);
    }

    @Test
    void invalidBytesInAUtf8FileAreRefusedWhereTheyAre() throws Exception {
        // UTF-8 over the first 64 KiB that decide the encoding, then a byte that is no UTF-8.
        StringBuilder text = new StringBuilder("Collectivité française,Partenaire,Action\r\n");
        for (int i = 0; text.length() < 100_000; i++) {
            text.append("Ségou,Kayes,Action ").append(i).append("\r\n");
        }
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = Arrays.copyOf(head, head.length + 12);
        System.arraycopy("Angers,\u00ff\u00fe,x\r\n".getBytes(StandardCharsets.ISO_8859_1), 0, file, head.length,
                12);
        Files.write(dir.resolve("bad.csv"), file);
        assertThat(assertRefused(Cli.run(dir, convert("bad.csv")), "bad.csv: bad!B"))
                .contains("byte 0xFF is not UTF-8", "give encoding=windows-1252");
    }

    @Test
    void aMappingThatNamesColumnsTheFileLacksListsThoseItHas() throws Exception {
        Files.writeString(dir.resolve("small.csv"), "Collectivité française,Partenaire,Action\r\n"
                + "Angers,Bamako,Puits\r\n", StandardCharsets.UTF_8);
        TableMapping mapping = TableMapping.builder().headerRow(1).firstDataRow(2)
                .column(TableMapping.Column.of("Collectivité française", TableField.FRENCH_PARTY))
                .column(TableMapping.Column.of("Région", TableField.REGION)).build();
        Files.writeString(dir.resolve("mapping.json"), mapping.toJson(), StandardCharsets.UTF_8);
        // In-process, a format option's file is not resolved against the test's folder: it is given whole.
        Cli.Run run = Cli.run(dir, "convert", "small.csv", "small.json", "--from",
                "table:mapping=" + dir.resolve("mapping.json"));
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").contains("small.csv: small!1: the mapping names "
                + "columns the sheet lacks: \"Région\"", "the sheet has: A \"Collectivité française\", "
                + "B \"Partenaire\", C \"Action\"");
    }

    private static String[] convert(String file) {
        return new String[] {"convert", file, "out.json", "--from", "table"};
    }

    /** The conversion failed with exit code 1 and one bounded line that names the file and the place. */
    private static String assertRefused(Cli.Run run, String place) {
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        String line = run.err().strip();
        assertThat(line).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ")
                .contains(place).hasSizeLessThan(1_000);
        assertThat(Files.exists(dir.resolve("out.json"))).isFalse();
        System.out.println("TableMemoryIT: " + line);
        return line;
    }
}
