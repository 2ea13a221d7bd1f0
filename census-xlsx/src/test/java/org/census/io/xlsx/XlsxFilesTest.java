package org.census.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

import org.census.CensusException;
import org.census.bundled.BundledCensus;
import org.census.io.CensusFiles;
import org.census.io.ConvertResult;
import org.census.io.ProgressListener;
import org.census.model.Census;
import org.census.model.CensusHeader;
import org.census.model.Partnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade (census-io's CensusFiles) through the xlsx format: files round-trip, fail atomically, stay untouched. */
class XlsxFilesTest {
    private static final Census BUNDLED = BundledCensus.load();

    @TempDir
    Path dir;

    @Test
    void xlsxRoundTripsTheBundledCensusThroughFiles() {
        Path file = dir.resolve("ml.xlsx");
        CensusFiles.installed().write(BUNDLED, file, Optional.empty(), ProgressListener.NONE);
        assertThat(CensusFiles.installed().read(file, Optional.empty(), ProgressListener.NONE)).isEqualTo(BUNDLED);
    }

    @Test
    void failedWriteLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("ml.xlsx");
        CensusFiles.installed().write(BUNDLED, file, Optional.empty(), ProgressListener.NONE);
        byte[] before = Files.readAllBytes(file);
        // The write fails at the 30th partnership. (A text longer than a cell holds, the failure this test used,
        // can no longer reach a writer: the model refuses it, CensusLimits.)
        ProgressListener failing = (phase, done, total) -> {
            if (done == 30) {
                throw new CensusException("stopped at partnership 30");
            }
        };
        assertThatThrownBy(() -> CensusFiles.installed().write(BUNDLED.withoutContacts(), file, Optional.empty(),
                failing)).isInstanceOf(CensusException.class).hasMessageContaining("stopped at partnership 30");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void readingNeverModifiesTheInput() throws Exception {
        Path file = dir.resolve("ml.xlsx");
        CensusFiles.installed().write(BUNDLED, file, Optional.empty(), ProgressListener.NONE);
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
        byte[] before = Files.readAllBytes(file);
        assertThat(file.toFile().setReadOnly()).isTrue();
        CensusFiles.installed().read(file, Optional.empty(), ProgressListener.NONE);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(1_000_000_000_000L);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void convertsJsonToXlsxApplyingTheTransform() {
        Path json = dir.resolve("ml.json");
        Path xlsx = dir.resolve("out.xlsx");
        CensusFiles.installed().write(BUNDLED, json, Optional.empty(), ProgressListener.NONE);
        ConvertResult result = CensusFiles.installed().convert(json, xlsx, Optional.empty(), Optional.empty(),
                CensusHeader::withoutContacts, Partnership::withoutContacts, ProgressListener.NONE);
        assertThat(result.from()).isEqualTo("json");
        assertThat(result.to()).isEqualTo("xlsx");
        assertThat(result.partnerships()).isEqualTo(54);
        assertThat(CensusFiles.installed().read(xlsx, Optional.empty(), ProgressListener.NONE))
                .isEqualTo(BUNDLED.withoutContacts());
    }

    @Test
    void csvIsAnExportAndNamesTheFormatsThatRead() {
        Path csv = dir.resolve("a.csv");
        CensusFiles.installed().write(BUNDLED, csv, Optional.empty(), ProgressListener.NONE);
        assertThatThrownBy(() -> CensusFiles.installed().read(csv, Optional.empty(), ProgressListener.NONE))
                .hasMessage(csv + ": the csv format does not read censuses; formats that do: [json, table, xlsx]");
    }
}
