package org.census.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.census.bundled.BundledCensus;
import org.census.model.Partnership;
import org.census.model.Census;

/** The identity rule of a census's forms, where it is written once. */
class PartnershipIdsTest {
    private static final Census BUNDLED = BundledCensus.load();
    private static final Partnership FIRST = BUNDLED.partnerships().get(0);

    private static Partnership form(String id, String sameAs) {
        Partnership p = FIRST;
        return new Partnership(id, Optional.ofNullable(sameAs), p.sourceSection(), p.regions(), p.updated(),
                p.frenchParties(), p.partnerParties(), p.thirdCountryParties(), p.contacts(), p.formalisation(),
                p.governingDocument(), p.annualBudget(), p.continuation(), p.budgetTrend(), p.localMeans(),
                p.actions(), p.perspectives(), p.notes());
    }

    @Test
    void theBundledFormsKeepTheRuleWithTheirRepeat() {
        PartnershipIds ids = new PartnershipIds();
        List<Optional<PartnershipIds.Violation>> outcomes = new ArrayList<>();
        BUNDLED.partnerships().forEach(p -> outcomes.add(ids.add(p)));
        assertThat(outcomes).hasSize(54).allSatisfy(o -> assertThat(o).isEmpty());
        assertThat(BUNDLED.partnerships()).filteredOn(Partnership::isRepeat).hasSize(1);
    }

    @Test
    void aSecondFormWithAnIdIsRefusedAndTakesNothing() {
        PartnershipIds ids = new PartnershipIds();
        assertThat(ids.add(form("a", null))).isEmpty();
        assertThat(ids.add(form("a", null))).contains(new PartnershipIds.Violation(PartnershipIds.Field.ID,
                "two partnerships have the id \"a\""));
        assertThat(ids.add(form("b", "a"))).isEmpty();
    }

    @Test
    void sameAsNamesAnEarlierFormNotALaterOneNorItself() {
        PartnershipIds ids = new PartnershipIds();
        assertThat(ids.add(form("a", "b"))).contains(new PartnershipIds.Violation(PartnershipIds.Field.SAME_AS,
                "partnership \"a\" is the same as \"b\", which is not an earlier partnership of the census"));
        assertThat(ids.add(form("b", "b"))).map(PartnershipIds.Violation::field)
                .contains(PartnershipIds.Field.SAME_AS);
        assertThat(ids.add(form("b", null))).isEmpty();
        assertThat(ids.add(form("a", "b"))).isEmpty();
    }

    @Test
    void aCensusIsHeldToTheRule() {
        assertThatThrownBy(() -> new Census(BUNDLED.edition(), List.of(form("a", null), form("a", null)),
                Optional.empty(), List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two partnerships have the id \"a\"");
    }
}
