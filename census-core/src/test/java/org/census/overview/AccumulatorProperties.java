package org.census.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.census.bundled.BundledCensus;
import org.census.model.Census;
import org.census.testing.CensusArbitraries;

/** One partnership at a time gives the same figures as the whole census in memory, snapshot or not. */
class AccumulatorProperties {

    @Provide
    Arbitrary<Census> censuses() {
        return CensusArbitraries.censuses();
    }

    @Property(tries = 100)
    void streamingEqualsInMemory(@ForAll("censuses") Census census) {
        for (Dimension d : Dimension.values()) {
            Breakdown.Accumulator b = new Breakdown.Accumulator(census.edition(), d);
            census.partnerships().forEach(b::add);
            assertThat(b.breakdown()).isEqualTo(Breakdown.of(census, d));
        }
    }

    @Example
    void streamingSnapshotEqualsTheSnapshotInMemory() {
        Census census = BundledCensus.load();
        for (LocalDate asOf : new LocalDate[] {LocalDate.of(2013, 5, 1), LocalDate.of(2013, 7, 11),
                LocalDate.of(2013, 9, 30), LocalDate.of(2014, 1, 1)}) {
            OverviewAccumulator overview = new OverviewAccumulator(Optional.of(asOf));
            Breakdown.Accumulator regions = new Breakdown.Accumulator(census.edition(), Dimension.REGION);
            census.partnerships().stream().filter(overview::add).forEach(regions::add);
            Census snapshot = census.asOf(asOf);
            assertThat(overview.overview(census.solidarityFund())).isEqualTo(Overview.of(snapshot));
            assertThat(regions.breakdown()).isEqualTo(Breakdown.of(snapshot, Dimension.REGION));
        }
    }
}
