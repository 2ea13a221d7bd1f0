package org.census.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.census.bundled.BundledCensus;
import org.census.text.DateText;
import org.census.model.Partnership;
import org.census.model.Census;

/** The selection of forms, and the as-of snapshot rule, where they are written once. */
class FormFilterTest {
    private static final Partnership FIRST = BundledCensus.load().partnerships().get(0);

    private static Partnership form(String id, String sameAs, String updated) {
        Partnership p = FIRST;
        return new Partnership(id, Optional.ofNullable(sameAs), p.sourceSection(), p.regions(),
                DateText.parse(updated), p.frenchParties(), p.partnerParties(), p.thirdCountryParties(), p.contacts(),
                p.formalisation(), p.governingDocument(), p.annualBudget(), p.continuation(), p.budgetTrend(),
                p.localMeans(), p.actions(), p.perspectives(), p.notes());
    }

    private static final List<Partnership> FORMS = List.of(
            form("may", null, "01/05/13"),
            form("july", null, "01/07/13"),
            form("repeat-of-july", "july", "01/05/13"),
            form("repeat-of-may", "may", "01/05/13"),
            form("undated", null, "Cf. ci-dessous"),
            form("on-the-day", null, "1er juin 2013 et 17/09/13"));

    private static List<String> kept(FormFilter filter) {
        return FORMS.stream().filter(filter::keep).map(Partnership::id).toList();
    }

    @Test
    void aSnapshotHoldsTheFormsFirstUpdatedByItsDateAndTheirRepeats() {
        assertThat(kept(FormFilter.asOf(LocalDate.of(2013, 6, 1))))
                .containsExactly("may", "repeat-of-may", "on-the-day");
        assertThat(kept(FormFilter.asOf(LocalDate.of(2013, 4, 30)))).isEmpty();
    }

    @Test
    void aRepeatGoesWithItsOriginal() {
        assertThat(kept(FormFilter.passing(p -> !p.id().equals("may"))))
                .containsExactly("july", "repeat-of-july", "undated", "on-the-day");
    }

    @Test
    void aCensusInMemoryIsFilteredByTheSameRule() {
        Census census = new Census(BundledCensus.load().edition(), FORMS, Optional.empty(), List.of());
        assertThat(census.asOf(LocalDate.of(2013, 6, 1)).partnerships()).map(Partnership::id)
                .containsExactly("may", "repeat-of-may", "on-the-day");
    }
}
