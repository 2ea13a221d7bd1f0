package org.census.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.census.bundled.BundledCensus;
import org.census.model.CensusEdition;

/** The overview's words, where they are written once. */
class OverviewFigureTest {
    private static final CensusEdition MALI = BundledCensus.load().edition();

    @Test
    void labelsNameTheCensussDateAndYear() {
        assertThat(OverviewFigure.CONTINUED.label(Locale.FRANCE, MALI))
                .isEqualTo("Coopération poursuivie depuis le 22 mars 2012");
        assertThat(OverviewFigure.CONTINUED.label(Locale.UK, MALI)).isEqualTo("Cooperation continued since 22 March 2012");
        assertThat(OverviewFigure.BUDGET_MAINTAINED.label(Locale.FRENCH, MALI)).isEqualTo("Budget 2013 maintenu");
        assertThat(OverviewFigure.BUDGET_DECREASED.label(Locale.ENGLISH, MALI)).isEqualTo("2013 budget reduced");
        assertThat(OverviewFigure.QUESTIONNAIRES.label(Locale.FRANCE, MALI)).isEqualTo("Fiches");
    }

    @Test
    void everyFigureHasItsOwnLabelInEachLanguage() {
        for (Locale locale : new Locale[] {Locale.FRANCE, Locale.UK}) {
            assertThat(Arrays.stream(OverviewFigure.values()).map(f -> f.label(locale, MALI)))
                    .doesNotHaveDuplicates().noneMatch(l -> l.contains("{") || l.isBlank());
        }
    }

    @Test
    void everyGroupOfTheBundledCensusHasWords() {
        var census = BundledCensus.load();
        for (Dimension d : Dimension.values()) {
            for (Group g : Breakdown.of(census, d).groups()) {
                String fr = d.groupLabel(g.key(), Locale.FRANCE);
                String en = d.groupLabel(g.key(), Locale.UK);
                assertThat(fr).isNotBlank().isNotEqualTo(Breakdown.UNKNOWN);
                if (d != Dimension.REGION && d != Dimension.YEAR && !g.key().equals(Breakdown.UNKNOWN)) {
                    assertThat(fr).as("%s %s", d, g.key()).isNotEqualTo(g.key());
                }
                assertThat(en).isNotBlank().isNotEqualTo(Breakdown.UNKNOWN);
            }
        }
        assertThat(Dimension.TREND.groupLabel("INCREASE", Locale.FRANCE)).isEqualTo("En hausse");
        assertThat(Dimension.CONTINUATION.groupLabel("NO", Locale.UK)).isEqualTo("Stopped or dormant");
        assertThat(Dimension.AGE.groupLabel("1980s", Locale.FRANCE)).isEqualTo("années 1980");
        assertThat(Dimension.AGE.groupLabel(Breakdown.UNKNOWN, Locale.FRANCE)).isEqualTo("Date inconnue");
        assertThat(Dimension.REGION.groupLabel(Breakdown.UNKNOWN, Locale.UK)).isEqualTo("Not stated");
        assertThat(Dimension.KIND.groupLabel("ASSOCIATION", Locale.FRANCE)).isEqualTo("Association, comité de jumelage");
    }
}
