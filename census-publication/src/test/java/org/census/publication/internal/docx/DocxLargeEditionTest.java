package org.census.publication.internal.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 5,000-fiche edition renders under {@code -Xmx512m}, in a JVM of its own, and holds every fiche. */
class DocxLargeEditionTest {
    private static final int FICHES = 5_000;

    @Test
    void fiveThousandFichesRenderIn512Megabytes(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("large.docx");
        Path log = dir.resolve("large.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m",
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "-cp", System.getProperty("java.class.path"), DocxLargeEdition.class.getName(), docx.toString(),
                Integer.toString(FICHES))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = process.waitFor(10, TimeUnit.MINUTES);
        if (!done) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(done).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains(FICHES + " fiches");
        // Every fiche is a Heading 2 of the main part; counted as the part streams by, not loaded.
        assertThat(count(docx, "<w:pStyle w:val=\"Heading2\"/>")).isEqualTo(FICHES);
    }

    /** How many times a pattern occurs in the main part. */
    private static long count(Path docx, String pattern) throws IOException {
        byte[] needle = pattern.getBytes(StandardCharsets.UTF_8);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return count(zip, needle);
                }
            }
        }
        throw new AssertionError("no word/document.xml in " + docx);
    }

    private static long count(InputStream in, byte[] needle) throws IOException {
        long found = 0;
        int matched = 0;
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                // The needle has no repeated prefix ("<w:"), so a mismatch restarts at this byte.
                matched = buffer[i] == needle[matched] ? matched + 1 : buffer[i] == needle[0] ? 1 : 0;
                if (matched == needle.length) {
                    found++;
                    matched = 0;
                }
            }
        }
        return found;
    }
}
