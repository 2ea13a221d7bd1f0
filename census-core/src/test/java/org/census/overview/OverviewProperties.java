package org.census.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.time.api.Dates;

import org.census.bundled.BundledCensus;
import org.census.model.Census;
import org.census.model.Partnership;
import org.census.testing.CensusArbitraries;

/**
 * The overview, the breakdowns and the snapshots equal their definitions restated with plain collections
 * ({@link OverviewOracle}), on random censuses of hard text, on censuses recombined from the bundled one's forms, and
 * on the bundled census itself. Coverage checks make sure the generators give the cases the definitions are about.
 */
class OverviewProperties {
    private static final Census BUNDLED = BundledCensus.load();

    @Provide
    Arbitrary<Census> censuses() {
        return Arbitraries.oneOf(CensusArbitraries.censuses(), CensusArbitraries.recombinedCensuses(),
                CensusArbitraries.recombinedCensuses());
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Dates.dates().between(LocalDate.of(2013, 3, 1), LocalDate.of(2013, 12, 31));
    }

    @Property(tries = 300)
    @StatisticsReport(onFailureOnly = true)
    void breakdownsAreTheirDefinition(@ForAll("censuses") Census census) {
        for (Dimension d : Dimension.values()) {
            assertThat(Breakdown.of(census, d)).as(d.name()).isEqualTo(OverviewOracle.breakdown(census, d));
        }
        List<Partnership> distinct = OverviewOracle.distinct(census);
        Statistics.label("a repeated form").collect(distinct.size() < census.partnerships().size())
                .coverage(c -> c.check(true).percentage(p -> p > 10));
        Statistics.label("a total row").collect(distinct.stream()
                        .anyMatch(p -> OverviewOracle.counted(p).size() < p.actions().size()))
                .coverage(c -> c.check(true).percentage(p -> p > 10));
        Statistics.label("a region listed twice on a form").collect(distinct.stream()
                        .anyMatch(p -> p.regions().stream().distinct().count() < p.regions().size()))
                .coverage(c -> c.check(true).percentage(p -> p > 3));
        Statistics.label("two forms in one region").collect(distinct.stream()
                        .flatMap(p -> p.regions().stream().distinct()).distinct().count()
                        < distinct.stream().mapToLong(p -> p.regions().stream().distinct().count()).sum())
                .coverage(c -> c.check(true).percentage(p -> p > 5));
    }

    @Property(tries = 300)
    @StatisticsReport(onFailureOnly = true)
    void theOverviewIsItsDefinition(@ForAll("censuses") Census census) {
        assertThat(Overview.of(census)).isEqualTo(OverviewOracle.overview(census));
    }

    /** Census.asOf and the accumulator's as-of date keep the same forms, those the definition keeps. */
    @Property(tries = 300)
    @StatisticsReport(onFailureOnly = true)
    void aSnapshotKeepsTheFormsUpdatedByItsDate(@ForAll("censuses") Census census, @ForAll("dates") LocalDate asOf) {
        List<String> kept = OverviewOracle.snapshot(census, asOf);
        assertThat(census.asOf(asOf).partnerships()).extracting(Partnership::id).isEqualTo(kept);
        OverviewAccumulator accumulator = new OverviewAccumulator(Optional.of(asOf));
        assertThat(census.partnerships().stream().filter(accumulator::add).map(Partnership::id)).isEqualTo(kept);
        assertThat(accumulator.overview(census.solidarityFund()))
                .isEqualTo(OverviewOracle.overview(census.filter(p -> kept.contains(p.id()))));
        Statistics.label("forms on both sides of the date")
                .collect(!kept.isEmpty() && kept.size() < census.partnerships().size())
                .coverage(c -> c.check(true).percentage(p -> p > 5));
    }

    @Example
    void theBundledCensusIsItsDefinition() {
        assertThat(Overview.of(BUNDLED)).isEqualTo(OverviewOracle.overview(BUNDLED));
        for (Dimension d : Dimension.values()) {
            assertThat(Breakdown.of(BUNDLED, d)).as(d.name()).isEqualTo(OverviewOracle.breakdown(BUNDLED, d));
        }
        for (LocalDate asOf : List.of(LocalDate.of(2013, 5, 1), LocalDate.of(2013, 7, 11),
                LocalDate.of(2013, 9, 30), LocalDate.of(2014, 1, 1))) {
            List<String> kept = OverviewOracle.snapshot(BUNDLED, asOf);
            assertThat(BUNDLED.asOf(asOf).partnerships()).extracting(Partnership::id).isEqualTo(kept);
            OverviewAccumulator accumulator = new OverviewAccumulator(Optional.of(asOf));
            assertThat(BUNDLED.partnerships().stream().filter(accumulator::add).map(Partnership::id))
                    .isEqualTo(kept);
            assertThat(accumulator.overview(BUNDLED.solidarityFund()))
                    .isEqualTo(OverviewOracle.overview(BUNDLED.filter(p -> kept.contains(p.id()))));
        }
    }
}
