package org.census.io.table;

import org.census.bundled.BundledCensus;
import org.census.io.CensusFormats;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatOptions;
import org.census.model.Action;
import org.census.model.Census;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.model.PartyRole;
import org.census.text.PartyText;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's promise: the bundled census exported with census's own {@code hxl} format reads back through the
 * {@code table} format with no mapping file into the same partnerships (ids, parties, regions) and actions
 * (descriptions, budgets in euros), through the real CSV sheet reader.
 */
class HxlRoundTripTest {
    private static final Census BUNDLED = BundledCensus.load();

    @Test
    void theBundledCensusExportedAsHxlReadsBackTheSame() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CensusSink sink = CensusFormats.installed().require("hxl").write(out, FormatOptions.NONE)) {
            sink.census(BUNDLED);
        }
        TableReaderTest.Kept kept = new TableReaderTest.Kept();
        TableReport report = TableReader.of(BUNDLED).read(new ByteArrayInputStream(out.toByteArray()),
                "bundled.hxl.csv", FormatOptions.NONE, Optional.empty(), kept);

        assertThat(report.mapping().hashtagRow()).hasValue(2);
        // #org+funder+name is the French party, #org+impl+name beside it the partner: no column of a party is lost.
        assertThat(report.mapping().columns()).filteredOn(c -> c.header().orElse("").startsWith("Partie"))
                .extracting(c -> c.field().map(TableField::key).orElse("-"))
                .containsExactly("french-party", "partner-party");
        assertThat(report.skippedRows()).isZero();
        // A form that repeats another (sameAs) gives no rows, as the overview counts it once.
        List<Partnership> written = BUNDLED.partnerships().stream().filter(p -> p.sameAs().isEmpty()).toList();
        assertThat(written).hasSize(53);
        assertThat(kept.partnerships).extracting(Partnership::id)
                .containsExactlyElementsOf(written.stream().map(Partnership::id).toList());
        for (Partnership published : written) {
            // What the export publishes: persons named in the texts are withheld without --include-contacts.
            Partnership want = published.withoutContacts();
            Partnership got = kept.get(want.id());
            // Names as the core's parser makes them of the names written: the bundled census keeps one kind's
            // words ("Commune de Mandiakuy") that the parser takes out of a cell ("Mandiakuy").
            assertThat(names(got.frenchParties())).as(want.id()).isEqualTo(parsed(want.frenchParties(),
                    PartyText::french));
            assertThat(names(got.partnerParties())).as(want.id()).isEqualTo(parsed(want.partnerParties(),
                    PartyText::partner));
            assertThat(got.regions()).as(want.id()).isEqualTo(want.regions());
            // The export writes no row for a form's own total (Thionville's "Total des actions engagées ...").
            List<Action> wanted = want.actions().stream().filter(a -> !a.description().startsWith(
                    "Total des actions")).toList();
            assertThat(got.actions()).as(want.id()).hasSameSizeAs(wanted);
            for (int i = 0; i < wanted.size(); i++) {
                Action w = wanted.get(i);
                Action g = got.actions().get(i);
                assertThat(g.description()).as(want.id() + " action " + (i + 1)).isEqualTo(w.description());
                assertThat(g.budget().lowEur()).as(want.id() + " action " + (i + 1)).isEqualTo(w.budget().lowEur());
                assertThat(g.domain().category()).as(want.id() + " action " + (i + 1))
                        .isEqualTo(w.domain().category());
            }
        }
    }

    private static List<String> parsed(List<Party> parties, Function<String, List<Party>> parser) {
        return names(parties).stream().flatMap(n -> parser.apply(n).stream()).map(Party::name).toList();
    }

    /** The parties the export writes: bodies named alongside are not written. */
    private static List<String> names(List<Party> parties) {
        return parties.stream().filter(p -> p.role() == PartyRole.PARTY).map(Party::name).toList();
    }
}
