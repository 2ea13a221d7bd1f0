package org.census.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.census.CensusLimits;
import org.census.bundled.BundledCensus;
import org.census.domain.Domain;
import org.census.model.Action;
import org.census.model.Census;
import org.census.model.Partnership;
import org.census.text.ContinuationStatus;
import org.census.text.DateText;
import org.census.text.MoneyText;
import org.census.text.TrendDirection;
import org.junit.jupiter.api.Test;

/** Figures computed from the bundled Mali 2013 census (see README, "Reconciliation"). */
class OverviewTest {
    private static final Census CENSUS = BundledCensus.load();
    private static final LocalDate JULY_EDITION = LocalDate.of(2013, 7, 11);

    @Test
    void overviewOfAllForms() {
        Overview o = Overview.of(CENSUS);
        assertThat(o.forms()).isEqualTo(54);
        assertThat(o.partnerships()).isEqualTo(53);
        assertThat(o.continuation()).containsEntry(ContinuationStatus.YES, 48).containsEntry(ContinuationStatus.NO, 1)
                .containsEntry(ContinuationStatus.RESUMED, 1).containsEntry(ContinuationStatus.UNCLEAR, 3);
        assertThat(o.budgetTrend()).containsEntry(TrendDirection.MAINTAIN, 31).containsEntry(TrendDirection.INCREASE, 8)
                .containsEntry(TrendDirection.DECREASE, 6).containsEntry(TrendDirection.UNKNOWN, 8);
        assertThat(o.publicMeetings()).isEqualTo(14);
        assertThat(o.partnerReceptions()).isEqualTo(15);
        assertThat(o.emergencyActions()).isEqualTo(19);
        assertThat(o.solidarityFundEur()).isEqualByComparingTo("98400");
        assertThat(o.solidarityFundDonors()).isEqualTo(13);
        assertThat(o.actions()).isEqualTo(242);
        assertThat(o.actionBudgets().lowEur()).isEqualByComparingTo("7151953.68");
        assertThat(o.actionBudgets().known()).isEqualTo(180);
        assertThat(o.annualBudgets().lowEur()).isEqualByComparingTo("6017730");
        assertThat(o.annualBudgets().highEur()).isEqualByComparingTo("7928572.54");
    }

    @Test
    void theJulySnapshotComesCloseToThePrintedOverview() {
        Overview july = Overview.of(CENSUS.asOf(JULY_EDITION));
        assertThat(july.forms()).isEqualTo(47);            // printed: 46 questionnaires
        assertThat(july.continuation().get(ContinuationStatus.YES)).isEqualTo(42); // printed: 43
        assertThat(july.budgetTrend().get(TrendDirection.MAINTAIN)).isEqualTo(28); // printed: 29
        assertThat(july.budgetTrend().get(TrendDirection.INCREASE)).isEqualTo(8);  // printed: 7
        assertThat(july.budgetTrend().get(TrendDirection.DECREASE)).isEqualTo(5);  // printed: 5
    }

    @Test
    void reconciliationSetsEveryPrintedFigureBesideItsComputedValues() {
        Reconciliation r = Reconciliation.of(CENSUS, Optional.of(JULY_EDITION));
        assertThat(r.rows()).extracting(Reconciliation.Row::figure).contains(OverviewFigure.QUESTIONNAIRES,
                OverviewFigure.CONTINUED, OverviewFigure.DORMANT, OverviewFigure.BUDGET_MAINTAINED,
                OverviewFigure.BUDGET_INCREASED, OverviewFigure.BUDGET_DECREASED, OverviewFigure.PUBLIC_MEETINGS,
                OverviewFigure.PARTNER_RECEPTIONS, OverviewFigure.SOLIDARITY_FUND_EUR);
        Reconciliation.Row questionnaires = r.rows().stream()
                .filter(row -> row.figure() == OverviewFigure.QUESTIONNAIRES).findFirst().orElseThrow();
        assertThat(questionnaires.stated()).isEqualByComparingTo("46");
        assertThat(questionnaires.computed()).isEqualByComparingTo("54");
        assertThat(questionnaires.asOf()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("47"));
    }

    @Test
    void byRegionCountsAFormSpanningTwoRegionsInBoth() {
        Breakdown b = Breakdown.of(CENSUS, Dimension.REGION);
        assertThat(b.groups()).extracting(Group::key).containsExactly("Bamako", "Kayes", "Koulikoro", "Sikasso",
                "Ségou", "Mopti", "Tombouctou", "Gao", "Kidal");
        assertThat(b.group("Kayes").orElseThrow().partnerships()).isEqualTo(18);
        assertThat(b.group("Mopti").orElseThrow().partnerships()).isEqualTo(8);
        assertThat(b.group("Gao").orElseThrow().partnerships()).isEqualTo(3);
        assertThat(b.group("Kidal").orElseThrow().actions()).isEqualTo(9);
    }

    @Test
    void byTrendKeepsEveryDirection() {
        Breakdown b = Breakdown.of(CENSUS, Dimension.TREND);
        assertThat(b.groups()).extracting(Group::key).containsExactly("INCREASE", "MAINTAIN", "DECREASE", "UNKNOWN");
        assertThat(b.groups().stream().mapToInt(Group::partnerships).sum()).isEqualTo(53);
    }

    @Test
    void byAgeShowsMostPartnershipsAreDecadesOld() {
        Breakdown b = Breakdown.of(CENSUS, Dimension.AGE);
        assertThat(b.groups()).extracting(Group::key).startsWith("1970s", "1980s", "1990s");
        assertThat(b.group("1980s").orElseThrow().partnerships()).isEqualTo(13);
        assertThat(b.group("1990s").orElseThrow().partnerships()).isEqualTo(14);
    }

    @Test
    void byDomainAndYearCountActions() {
        Breakdown domains = Breakdown.of(CENSUS, Dimension.DOMAIN);
        assertThat(domains.groups().stream().mapToInt(Group::actions).sum()).isEqualTo(242);
        assertThat(domains.group("HEALTH").orElseThrow().actions()).isEqualTo(25);
        Breakdown years = Breakdown.of(CENSUS, Dimension.YEAR);
        assertThat(years.group("2012").orElseThrow().actions()).isEqualTo(108);
        assertThat(years.groups().get(years.groups().size() - 1).key()).isEqualTo(Breakdown.UNKNOWN);
    }

    @Test
    void filterAndSnapshotNarrowTheCensus() {
        Census kayes = CENSUS.filter(p -> p.regions().contains("Kayes"));
        assertThat(Overview.of(kayes).partnerships()).isEqualTo(18);
        assertThat(CENSUS.asOf(LocalDate.of(2013, 4, 30)).partnerships()).allSatisfy(
                p -> assertThat(p.firstUpdate().orElseThrow()).isBeforeOrEqualTo(LocalDate.of(2013, 4, 30)));
    }

    @Test
    void aFormNamingARegionTwiceCountsOnceThere() {
        Partnership form = CENSUS.partnerships().get(0);
        Census twice = new Census(CENSUS.edition(), List.of(with(form, List.of("Kayes", "Kayes"), form.actions())),
                Optional.empty(), List.of());
        Group kayes = Breakdown.of(twice, Dimension.REGION).group("Kayes").orElseThrow();
        assertThat(kayes.annualBudgets()).contains(BudgetRange.EMPTY.plus(form.annualBudget()));
        assertThat(kayes.actions()).isEqualTo(form.actions().size());
    }

    @Test
    void yearsSortByValueNotByText() {
        Partnership form = CENSUS.partnerships().get(0);
        List<Action> actions = List.of(Action.of("1", "Santé", false, "Dispensaire", "2012", "1 000 €", ""),
                // Year 999 is outside the default years: an application that reads it chooses its limits.
                new Action("2", Domain.classify("Santé", "Dispensaire"), false, "Dispensaire",
                        DateText.parse("01/01/0999", new CensusLimits(1, 9999)), MoneyText.parse("1 000 €"), ""));
        Census census = new Census(CENSUS.edition(), List.of(with(form, form.regions(), actions)), Optional.empty(),
                List.of());
        assertThat(Breakdown.of(census, Dimension.YEAR).groups()).extracting(Group::key).containsExactly("999", "2012");
    }

    private static Partnership with(Partnership p, List<String> regions, List<Action> actions) {
        return new Partnership(p.id(), p.sameAs(), p.sourceSection(), regions, p.updated(), p.frenchParties(),
                p.partnerParties(), p.thirdCountryParties(), p.contacts(), p.formalisation(), p.governingDocument(),
                p.annualBudget(), p.continuation(), p.budgetTrend(), p.localMeans(), actions, p.perspectives(),
                p.notes());
    }
}
