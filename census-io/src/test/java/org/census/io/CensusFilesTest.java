package org.census.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.census.CensusException;
import org.census.CensusIOException;
import org.census.bundled.BundledCensus;
import org.census.model.Census;
import org.census.model.CensusHeader;
import org.census.model.Partnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade, through census-io's own formats (census-xlsx's XlsxFilesTest goes through xlsx). */
class CensusFilesTest {
    private static final Census BUNDLED = BundledCensus.load();

    @TempDir
    Path dir;

    @Test
    void jsonRoundTripsTheBundledCensusThroughFiles() {
        Path file = dir.resolve("ml.json");
        CensusFiles.installed().write(BUNDLED, file, Optional.empty(), ProgressListener.NONE);
        assertThat(CensusFiles.installed().read(file, Optional.empty(), ProgressListener.NONE)).isEqualTo(BUNDLED);
    }

    @Test
    void convertStreamsAndAppliesTheTransform() {
        Path json = dir.resolve("ml.json");
        Path out = dir.resolve("out.json");
        CensusFiles.installed().write(BUNDLED, json, Optional.empty(), ProgressListener.NONE);
        List<String> phases = new ArrayList<>();
        // The header too: the edition's credits are personal data like the contacts.
        ConvertResult result = CensusFiles.installed().convert(json, out, Optional.empty(), Optional.empty(),
                CensusHeader::withoutContacts, Partnership::withoutContacts, (phase, done, total) -> phases.add(
                        phase + " " + done + "/" + total.orElse(-1)));
        assertThat(result.from()).isEqualTo("json");
        assertThat(result.to()).isEqualTo("json");
        assertThat(result.partnerships()).isEqualTo(54);
        assertThat(result.actions()).isEqualTo(BUNDLED.partnerships().stream().mapToLong(p -> p.actions().size())
                .sum());
        assertThat(phases).last().asString().startsWith("convert ml.json " + result.bytesRead() + "/");
        assertThat(CensusFiles.installed().read(out, Optional.empty(), ProgressListener.NONE))
                .isEqualTo(BUNDLED.withoutContacts());
    }

    @Test
    void readReportsBytesOfTheFile() throws Exception {
        Path json = dir.resolve("ml.json");
        CensusFiles.installed().write(BUNDLED, json, Optional.empty(), ProgressListener.NONE);
        List<Long> done = new ArrayList<>();
        List<OptionalLong> totals = new ArrayList<>();
        CensusFiles.installed().read(json, Optional.of("json"), (phase, d, t) -> {
            done.add(d);
            totals.add(t);
        });
        assertThat(done).last().isEqualTo(Files.size(json));
        assertThat(totals).last().isEqualTo(OptionalLong.of(Files.size(json)));
    }

    @Test
    void csvIsAnExportAndSaysSo() {
        Path csv = dir.resolve("a.csv");
        CensusFiles.installed().write(BUNDLED, csv, Optional.empty(), ProgressListener.NONE);
        assertThatThrownBy(() -> CensusFiles.installed().read(csv, Optional.empty(), ProgressListener.NONE))
                .isInstanceOf(CensusException.class)
                .hasMessage(csv + ": the csv format does not read censuses; formats that do: [json, table]");
    }

    /** Issue 10: "convert census.json census.json" stripped every contact from the census it read. */
    @Test
    void convertNeverReplacesItsInput() throws Exception {
        Path json = dir.resolve("census.json");
        CensusFiles.installed().write(BUNDLED, json, Optional.empty(), ProgressListener.NONE);
        byte[] before = Files.readAllBytes(json);
        assertThatThrownBy(() -> CensusFiles.installed().convert(json, dir.resolve("./census.json"), Optional.empty(),
                Optional.empty(), CensusHeader::withoutContacts, Partnership::withoutContacts, ProgressListener.NONE))
                .isInstanceOf(CensusException.class)
                .hasMessage(dir.resolve("./census.json") + ": is the input " + json
                        + "; an output never replaces an input: write to another file");
        assertThat(Files.readAllBytes(json)).isEqualTo(before);
    }

    /** A missing input, or a folder, is the input's error: the output is neither blamed nor touched. */
    @Test
    void convertBlamesAMissingInputNotTheOutput() throws Exception {
        Path out = dir.resolve("out.json");
        assertThatThrownBy(() -> CensusFiles.installed().convert(dir.resolve("missing.json"), out, Optional.empty(),
                Optional.empty(), h -> h, p -> p, ProgressListener.NONE))
                .isInstanceOf(CensusIOException.class)
                .hasMessage(dir.resolve("missing.json") + ": cannot read: no such file");
        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        assertThatThrownBy(() -> CensusFiles.installed().convert(folder, out, Optional.empty(), Optional.empty(),
                h -> h, p -> p, ProgressListener.NONE))
                .hasMessage(folder + ": cannot read: a directory, not a file");
        assertThatThrownBy(() -> CensusFiles.installed().read(dir.resolve("missing.json"), Optional.empty(),
                ProgressListener.NONE)).hasMessage(dir.resolve("missing.json") + ": cannot read: no such file");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(folder);
        }
    }
}
