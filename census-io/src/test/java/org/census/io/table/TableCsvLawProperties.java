package org.census.io.table;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.census.io.CensusFormats;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatOptions;
import org.census.io.synthetic.SyntheticCensus;
import org.census.model.Action;
import org.census.model.Census;
import org.census.model.CensusHeader;
import org.census.model.Partnership;
import org.census.model.Party;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The law of the table format: a census written by census's CSV writer (the actions table with its partnership
 * columns) reads back with no mapping file into the same partnerships, actions and amounts.
 */
class TableCsvLawProperties {

    @Property(tries = 40)
    void aCensusWrittenAsCsvReadsBackTheSame(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                             @ForAll @IntRange(min = 1, max = 12) int partnerships,
                                             @ForAll @IntRange(min = 1, max = 6) int actions) throws IOException {
        CensusHeader header = SyntheticCensus.header(seed);
        List<Partnership> list = new ArrayList<>();
        for (int i = 0; i < partnerships; i++) {
            list.add(SyntheticCensus.partnership(seed, i, actions));
        }
        Census census = header.with(list);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CensusSink sink = CensusFormats.installed().require("csv").write(out, FormatOptions.NONE)) {
            sink.census(census);
        }
        MemoryBook book = new MemoryBook().sheet("census");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString(StandardCharsets.UTF_8)))
                .getRecords();
        for (CSVRecord r : records) {
            book.row((int) r.getRecordNumber(), r.toList().toArray(String[]::new));
        }

        TableReaderTest.Kept kept = new TableReaderTest.Kept();
        TableReport report = TableReader.of(census).read(book, "census.csv", Optional.empty(), Optional.empty(),
                kept);

        List<Partnership> expected = census.partnerships().stream().filter(p -> !p.actions().isEmpty()).toList();
        assertThat(kept.partnerships).hasSameSizeAs(expected);
        assertThat(report.skippedRows()).isZero();
        for (int i = 0; i < expected.size(); i++) {
            Partnership want = expected.get(i);
            Partnership got = kept.partnerships.get(i);
            assertThat(got.id()).isEqualTo(want.id());
            assertThat(got.sourceSection()).isEqualTo(want.sourceSection());
            assertThat(names(got.frenchParties())).isEqualTo(names(want.frenchParties()));
            assertThat(names(got.partnerParties())).isEqualTo(names(want.partnerParties()));
            assertThat(got.regions()).isEqualTo(want.regions());
            assertThat(got.actions()).hasSameSizeAs(want.actions());
            for (int a = 0; a < want.actions().size(); a++) {
                Action w = want.actions().get(a);
                Action g = got.actions().get(a);
                assertThat(g.number()).isEqualTo(w.number());
                assertThat(g.domain().raw()).isEqualTo(w.domain().raw());
                assertThat(g.description()).isEqualTo(w.description());
                assertThat(g.period().raw()).isEqualTo(w.period().raw());
                assertThat(g.budget().raw()).isEqualTo(w.budget().raw());
                assertThat(g.budget().amountsEur()).isEqualTo(w.budget().amountsEur());
                assertThat(g.budget().lowEur()).isEqualTo(w.budget().lowEur());
                assertThat(g.note()).isEqualTo(w.note());
            }
        }
    }

    private static List<String> names(List<Party> parties) {
        return parties.stream().map(Party::name).toList();
    }
}
