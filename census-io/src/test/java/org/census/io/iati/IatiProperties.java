package org.census.io.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.census.CensusException;
import org.census.io.synthetic.SyntheticCensus;
import org.census.model.Census;
import org.census.model.CensusHeader;
import org.census.model.Partnership;
import org.census.testing.CensusArbitraries;

/** Random censuses export to files that the IATI 2.03 schema accepts and the Standard's rules pass. */
class IatiProperties {

    @Property(tries = 30)
    void syntheticCensusesValidate(@ForAll long seed, @ForAll @IntRange(max = 6) int partnerships,
                                   @ForAll @IntRange(max = 12) int actions) {
        CensusHeader header = SyntheticCensus.header(seed);
        List<Partnership> forms = IntStream.range(0, partnerships)
                .mapToObj(i -> SyntheticCensus.partnership(seed, i, actions)).toList();
        assertValidOrRefusedForNoParty(header.with(forms));
    }

    @Property(tries = 60)
    void randomCensusesValidate(@ForAll("edgeCases") Census census) {
        assertValidOrRefusedForNoParty(census);
    }

    @Provide
    Arbitrary<Census> edgeCases() {
        return Arbitraries.oneOf(CensusArbitraries.censuses(), CensusArbitraries.recombinedCensuses(),
                CensusArbitraries.censusesAtTheLimits());
    }

    /** The largest-remainder shares sum to exactly 100.0 % and each is its exact share rounded up or down. */
    @Property(tries = 300)
    void sharesSumToAHundredAndStayWithinATenthOfTheirExactShare(
            @ForAll("weights") List<BigDecimal> weights) {
        int[] tenths = SectorShares.largestRemainder(weights);
        assertThat(IntStream.of(tenths).sum()).isEqualTo(1000);
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        for (int i = 0; i < tenths.length; i++) {
            BigDecimal exact = weights.get(i).multiply(BigDecimal.valueOf(1000)).divide(total, 10,
                    java.math.RoundingMode.HALF_EVEN);
            assertThat(BigDecimal.valueOf(tenths[i]).subtract(exact).abs()).isLessThan(BigDecimal.ONE);
        }
    }

    @Provide
    Arbitrary<List<BigDecimal>> weights() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(1_000_000_000_000L)).ofScale(2)
                .list().ofMinSize(1).ofMaxSize(30).filter(l -> l.stream().anyMatch(w -> w.signum() > 0));
    }

    private static void assertValidOrRefusedForNoParty(Census census) {
        boolean partyless = census.partnerships().stream().anyMatch(p -> !p.isRepeat()
                && p.frenchParties().isEmpty() && p.partnerParties().isEmpty());
        Throwable thrown = catchThrowable(() -> {
            byte[] xml = IatiXml.write(census, "org=XI-IATI-12345");
            IatiXml.validate(xml);
            assertThat(IatiRules.violations(IatiXml.parse(xml))).isEmpty();
            assertThat(IatiXml.activities(IatiXml.parse(xml))).hasSize((int) census.partnerships().stream()
                    .filter(p -> !p.isRepeat()).count());
        });
        if (partyless) {
            assertThat(thrown).isInstanceOf(CensusException.class).hasMessageContaining("names no party");
        } else if (census.partnerships().stream().allMatch(Partnership::isRepeat)) {
            assertThat(thrown).isInstanceOf(CensusException.class).hasMessage("format iati: the census has no "
                    + "partnership to write, and an IATI file holds at least one activity");
        } else if (thrown != null) {
            throw new AssertionError(thrown.getMessage(), thrown);
        }
    }
}
