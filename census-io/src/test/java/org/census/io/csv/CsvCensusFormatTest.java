package org.census.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.census.CensusException;
import org.census.bundled.BundledCensus;
import org.census.io.CensusFiles;
import org.census.io.ProgressListener;
import org.census.io.internal.CellText;
import org.census.model.Action;
import org.census.model.Census;
import org.census.model.Partnership;
import org.census.io.testing.TestCensus;
import org.census.testing.CensusArbitraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCensusFormatTest {
    private static final Census BUNDLED = BundledCensus.load();

    @TempDir
    Path dir;

    private static List<CSVRecord> records(String text, char delimiter) throws IOException {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void actionsTableHasOneRowPerActionAndKeepsTheRawTexts() throws IOException {
        Path file = dir.resolve("a.csv");
        CensusFiles.installed().write(BUNDLED, file, Optional.empty(), ProgressListener.NONE);
        String text = Files.readString(file);
        assertThat(text).startsWith("Partenariat,Section,").contains("\r\n");
        List<CSVRecord> rows = records(text, ',');
        long actions = BUNDLED.partnerships().stream().mapToLong(p -> p.actions().size()).sum();
        assertThat(rows).hasSize((int) actions + 1);
        Partnership first = BUNDLED.partnerships().get(0);
        Action a = first.actions().get(0);
        assertThat(rows.get(1).get(0)).isEqualTo(first.id());
        assertThat(rows.get(1).get(9)).isEqualTo(CellText.neutralise(a.description()));
        assertThat(rows.get(1).get(13)).isEqualTo(CellText.neutralise(a.budget().raw()));
    }

    @Test
    void frenchExcelOptionsGiveBomSemicolonsAndDecimalCommas() throws IOException {
        Path file = dir.resolve("p.csv");
        CensusFiles.installed().write(BUNDLED, file, Optional.of("csv:table=partnerships,separator=semicolon,bom"),
                ProgressListener.NONE);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = records(text, ';');
        assertThat(rows).hasSize(55);
        assertThat(rows.get(0).get(0)).isEqualTo("Identifiant");
    }

    /**
     * The bundled census's fractional amounts, in each table and with each separator: the action budget "52286.74"
     * and the annual budget "9 000 euros prévisionnel en 2013 2012 : 35 381,54 €)" (9 000 to 35 381.54).
     */
    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({
            "actions, comma, Budget, 52286.74, Budget min (€), 52286.74, Budget max (€), 52286.74",
            "actions, semicolon, Budget, 52286.74, Budget min (€), '52286,74', Budget max (€), '52286,74'",
            "partnerships, comma, Budget annuel, 35 381, Budget annuel min (€), 9000, Budget annuel max (€), 35381.54",
            "partnerships, semicolon, Budget annuel, 35 381, Budget annuel min (€), 9000, Budget annuel max (€), "
                    + "'35381,54'",
    })
    void fractionalAmountsTakeTheSeparatorsDecimalMark(String table, String separator, String rawColumn,
                                                       String rawContains, String minColumn, String min,
                                                       String maxColumn, String max) throws IOException {
        Path file = dir.resolve(table + "-" + separator + ".csv");
        CensusFiles.installed().write(BUNDLED, file, Optional.of("csv:table=" + table + ",separator=" + separator),
                ProgressListener.NONE);
        char delimiter = separator.equals("comma") ? ',' : ';';
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader()
                .setSkipHeaderRecord(true).get().parse(new StringReader(Files.readString(file))).getRecords();
        List<CSVRecord> matching = rows.stream().filter(r -> r.get(rawColumn).contains(rawContains)).toList();
        assertThat(matching).hasSize(1);
        assertThat(matching.get(0).get(minColumn)).isEqualTo(min);
        assertThat(matching.get(0).get(maxColumn)).isEqualTo(max);
    }

    @Test
    void unknownOptionsListTheKnownOnes() {
        assertThatThrownBy(() -> CensusFiles.installed().write(BUNDLED, dir.resolve("x.csv"), Optional.of("csv:sep=tab"),
                ProgressListener.NONE)).isInstanceOf(CensusException.class)
                .hasMessage("format csv has no option \"sep\"; known options: [bom, separator, table]");
        assertThatThrownBy(() -> CensusFiles.installed().write(BUNDLED, dir.resolve("x.csv"), Optional.of("csv:table=donors"),
                ProgressListener.NONE))
                .hasMessage("format option table=donors: expected one of [actions, partnerships]");
    }

    @Provide
    Arbitrary<Census> censuses() {
        return CensusArbitraries.censuses();
    }

    /** CSV keeps what it holds: every text comes back from its field, once the formula quote is taken off. */
    @Property(tries = 50)
    void fieldsHoldTheTextsExactly(@ForAll("censuses") Census census) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var sink = new CsvCensusFormat().write(out, org.census.io.spi.FormatOptions.parse("table=partnerships"))) {
            sink.census(census);
        }
        List<CSVRecord> rows = records(out.toString(StandardCharsets.UTF_8), ',');
        assertThat(rows).hasSize(census.partnerships().size() + 1);
        for (int i = 0; i < census.partnerships().size(); i++) {
            Partnership p = census.partnerships().get(i);
            CSVRecord r = rows.get(i + 1);
            assertThat(CellText.restore(r.get(0))).isEqualTo(p.id());
            assertThat(CellText.splitList(CellText.restore(r.get(3)))).isEqualTo(p.regions());
            assertThat(CellText.restore(r.get(17))).isEqualTo(p.localMeans());
            assertThat(CellText.restore(r.get(19))).isEqualTo(p.perspectives());
            assertThat(CellText.splitList(CellText.restore(r.get(20)))).isEqualTo(p.notes());
            assertThat(r.get(19)).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
        }
    }

    /** No CSV gets a "?" for half a character: the model holds none, so no census can bring one to the writer. */
    @Test
    void aLoneSurrogateNeverReachesTheWriter() {
        assertThatThrownBy(() -> TestCensus.withFirstDescription(BUNDLED, "puits \uD800 forage"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("description: a lone surrogate U+D800 at character 7");
    }

    @Test
    void charactersBeyondTheBasicPlaneAreWrittenWhole() throws IOException {
        Path file = dir.resolve("a.csv");
        CensusFiles.installed().write(TestCensus.withFirstDescription(BUNDLED, "puits 😀 𝄞"), file, Optional.empty(),
                ProgressListener.NONE);
        assertThat(records(Files.readString(file, StandardCharsets.UTF_8), ',').get(1).get(9))
                .isEqualTo("puits 😀 𝄞");
    }
}
