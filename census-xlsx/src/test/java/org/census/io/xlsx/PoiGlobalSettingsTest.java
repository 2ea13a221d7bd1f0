package org.census.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.census.bundled.BundledCensus;
import org.census.io.questionnaire.QuestionnaireImport;
import org.census.io.questionnaire.QuestionnaireTemplate;
import org.census.io.testing.TestCensus;
import org.census.io.xlsx.internal.XlsxZip;

/**
 * census leaves Apache POI's process-wide settings alone: an application that embeds it keeps its own zip-bomb
 * limits, whatever census reads.
 */
class PoiGlobalSettingsTest {
    /** POI's global settings that a library could change for the whole JVM. */
    private static Map<String, Object> poiGlobals() {
        return Map.of("ZipSecureFile.minInflateRatio", ZipSecureFile.getMinInflateRatio(),
                "ZipSecureFile.maxEntrySize", ZipSecureFile.getMaxEntrySize(),
                "ZipSecureFile.maxFileCount", ZipSecureFile.getMaxFileCount(),
                "ZipSecureFile.graceEntrySize", ZipSecureFile.getGraceEntrySize(),
                "ZipSecureFile.maxTextSize", ZipSecureFile.getMaxTextSize(),
                "IOUtils.byteArrayMaxOverride", IOUtils.getByteArrayMaxOverride(),
                "IOUtils.maxByteArrayInitSize", IOUtils.getMaxByteArrayInitSize(),
                "ZipInputStreamZipEntrySource.thresholdBytesForTempFiles",
                ZipInputStreamZipEntrySource.getThresholdBytesForTempFiles());
    }

    /** POI 5.5.1's defaults: what this JVM starts with, as no test changes them. */
    private static final Map<String, Object> POI_DEFAULTS = Map.of("ZipSecureFile.minInflateRatio", 0.01,
            "ZipSecureFile.maxEntrySize", 0xFFFFFFFFL,
            "ZipSecureFile.maxFileCount", 1000L,
            "ZipSecureFile.graceEntrySize", 100L * 1024,
            "ZipSecureFile.maxTextSize", 10L * 1024 * 1024,
            "IOUtils.byteArrayMaxOverride", -1,
            "IOUtils.maxByteArrayInitSize", -1,
            "ZipInputStreamZipEntrySource.thresholdBytesForTempFiles", -1);

    @TempDir
    Path dir;

    @Test
    void readingEachKindOfWorkbookLeavesPoisGlobalsAtTheirDefaults() {
        assertThat(poiGlobals()).as("before reading").isEqualTo(POI_DEFAULTS);

        byte[] tables = TestCensus.write(BundledCensus.load(), "xlsx");
        assertThat(TestCensus.read(tables, "xlsx").partnerships()).hasSize(54);
        assertThat(poiGlobals()).as("after the tables layout").isEqualTo(POI_DEFAULTS);

        Path questionnaire = dir.resolve("fiche.xlsx");
        QuestionnaireTemplate.write(questionnaire, BundledCensus.load().edition(),
                BundledCensus.load().partnerships().get(0));
        assertThat(QuestionnaireImport.run(List.of(questionnaire), BundledCensus.load().edition()).census()
                .partnerships()).hasSize(1);
        assertThat(poiGlobals()).as("after a questionnaire").isEqualTo(POI_DEFAULTS);
    }

    /** The compiled code, where a call of any of POI's global setters would be named. */
    @Test
    void noClassOfCensusXlsxNamesASetterOfPoisGlobals() throws IOException, URISyntaxException {
        Path classes = Path.of(XlsxZip.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> setters = List.of("setMinInflateRatio", "setMaxEntrySize", "setMaxFileCount",
                "setGraceEntrySize", "setMaxTextSize", "setByteArrayMaxOverride", "setMaxByteArrayInitSize",
                "setThresholdBytesForTempFiles", "setEncryptTempFiles");
        List<String> found = new ArrayList<>();
        int read = 0;
        try (FileSystem jar = Files.isDirectory(classes) ? null : FileSystems.newFileSystem(classes);
             Stream<Path> files = Files.walk(jar == null ? classes : jar.getPath("/"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                read++;
                byte[] code = Files.readAllBytes(f);
                setters.stream().filter(s -> ClassFiles.names(code, s)).forEach(s -> found.add(f + ": " + s));
            }
        }
        assertThat(read).as("classes read").isGreaterThan(30);
        assertThat(found).isEmpty();
    }
}
