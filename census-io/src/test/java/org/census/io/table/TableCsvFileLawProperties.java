package org.census.io.table;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.census.io.CensusFormats;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatOptions;
import org.census.io.synthetic.SyntheticCensus;
import org.census.model.Action;
import org.census.model.Census;
import org.census.model.CensusHeader;
import org.census.model.Partnership;
import org.census.model.Party;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The law of the table format through the real CSV sheet reader (encoding and delimiter detected, RFC 4180 quoting):
 * a census written by census's CSV writer, its texts holding quotes, line breaks, semicolons and accents, reads back
 * with no mapping file into the same partnerships, actions and amounts.
 */
class TableCsvFileLawProperties {

    @Provide
    Arbitrary<String> awkward() {
        return Arbitraries.of("Puits \"Tiwa\" et latrines", "Formation ; suivi ; évaluation",
                "Ligne une\nligne deux\r\nligne trois", "École, santé; « eau »", "=SUM(A1:A3)",
                "Ségou – Kayes’s", "\"\"", "a;b,c\td|e");
    }

    @Property(tries = 25)
    void aCensusWrittenAsCsvReadsBackTheSameThroughTheCsvReader(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 8) int partnerships, @ForAll @IntRange(min = 1, max = 4) int actions,
            @ForAll("awkward") String description, @ForAll("awkward") String note) throws IOException {
        CensusHeader header = SyntheticCensus.header(seed);
        List<Partnership> list = new ArrayList<>();
        for (int i = 0; i < partnerships; i++) {
            Partnership p = SyntheticCensus.partnership(seed, i, actions);
            list.add(i == 0 ? awkward(p, description, note) : p);
        }
        Census census = header.with(list);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CensusSink sink = CensusFormats.installed().require("csv").write(out, FormatOptions.NONE)) {
            sink.census(census);
        }

        TableReaderTest.Kept kept = new TableReaderTest.Kept();
        TableReport report = TableReader.of(census).read(new ByteArrayInputStream(out.toByteArray()), "census.csv",
                FormatOptions.NONE, Optional.empty(), kept);

        List<Partnership> expected = census.partnerships().stream().filter(p -> !p.actions().isEmpty()).toList();
        assertThat(report.skippedRows()).isZero();
        assertThat(kept.partnerships).extracting(Partnership::id)
                .containsExactlyElementsOf(expected.stream().map(Partnership::id).toList());
        for (int i = 0; i < expected.size(); i++) {
            Partnership want = expected.get(i);
            Partnership got = kept.partnerships.get(i);
            assertThat(names(got.frenchParties())).isEqualTo(names(want.frenchParties()));
            assertThat(names(got.partnerParties())).isEqualTo(names(want.partnerParties()));
            assertThat(got.regions()).isEqualTo(want.regions());
            assertThat(got.actions()).hasSameSizeAs(want.actions());
            for (int a = 0; a < want.actions().size(); a++) {
                Action w = want.actions().get(a);
                Action g = got.actions().get(a);
                assertThat(g.description()).isEqualTo(w.description());
                assertThat(g.note()).isEqualTo(w.note());
                assertThat(g.domain().raw()).isEqualTo(w.domain().raw());
                assertThat(g.period().raw()).isEqualTo(w.period().raw());
                assertThat(g.budget().raw()).isEqualTo(w.budget().raw());
                assertThat(g.budget().amountsEur()).isEqualTo(w.budget().amountsEur());
                assertThat(g.budget().lowEur()).isEqualTo(w.budget().lowEur());
                assertThat(g.budget().highEur()).isEqualTo(w.budget().highEur());
            }
        }
    }

    /** The partnership with its first action's description and note replaced by awkward texts. */
    private static Partnership awkward(Partnership p, String description, String note) {
        List<Action> actions = new ArrayList<>(p.actions());
        Action a = actions.get(0);
        actions.set(0, new Action(a.number(), a.domain(), a.domainFromRowAbove(), description, a.period(),
                a.budget(), note));
        return new Partnership(p.id(), p.sameAs(), p.sourceSection(), p.regions(), p.updated(), p.frenchParties(),
                p.partnerParties(), p.thirdCountryParties(), p.contacts(), p.formalisation(), p.governingDocument(),
                p.annualBudget(), p.continuation(), p.budgetTrend(), p.localMeans(), actions, p.perspectives(),
                p.notes(), p.personalParts());
    }

    private static List<String> names(List<Party> parties) {
        return parties.stream().map(Party::name).toList();
    }
}
