package org.census.charts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.census.bundled.BundledCensus;
import org.census.charts.CensusCharts;
import org.census.charts.spi.ChartContext;
import org.census.domain.DomainCategory;
import org.census.model.Census;
import org.census.overview.Breakdown;
import org.census.overview.Dimension;
import org.census.overview.Group;
import org.census.overview.Overview;
import org.census.text.ContinuationStatus;
import org.census.text.TrendDirection;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/** The figures each built-in chart draws for the bundled Mali 2013 census, against the overview's. */
class BuiltInChartsTest {
    private static final Census CENSUS = BundledCensus.load();
    private static final Overview OVERVIEW = Overview.of(CENSUS);
    private static final ChartContext FR = ChartContext.of(CENSUS, Locale.FRENCH);
    private static final ChartContext EN = FR.withLocale(Locale.ENGLISH);
    private static final char THIN = '\u202F';

    private static JFreeChart build(String id, ChartContext context) {
        return CensusCharts.installed().require(id).build(CENSUS, context);
    }

    private static CategoryDataset dataset(JFreeChart chart) {
        return ((CategoryPlot) chart.getPlot()).getDataset();
    }

    /** The texts under the title, then the ones at the bottom (the source line). */
    private static List<String> notes(JFreeChart chart) {
        List<String> top = new ArrayList<>();
        List<String> bottom = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                (t.getPosition() == RectangleEdge.TOP ? top : bottom).add(t.getText());
            }
        }
        top.addAll(bottom);
        return top;
    }

    private static int count(CategoryDataset d, String column) {
        return d.getValue(0, d.getColumnIndex(column)).intValue();
    }

    @Test
    void regionsAreSortedMostFirstWithTheBreakdownsCounts() {
        CategoryDataset d = dataset(build("regions", FR));
        assertThat(d.getColumnKeys()).containsExactly("Kayes", "Mopti", "Sikasso", "Bamako", "Koulikoro",
                "Tombouctou", "Gao", "Ségou", "Kidal");
        for (Group g : Breakdown.of(CENSUS, Dimension.REGION).groups()) {
            assertThat(count(d, g.key())).as(g.key()).isEqualTo(g.partnerships());
        }
        assertThat(count(d, "Kayes")).isEqualTo(18);
    }

    @Test
    void continuationCountsAndSharesAreTheOverviews() {
        JFreeChart chart = build("continuation", FR);
        CategoryDataset d = dataset(chart);
        assertThat(d.getColumnKeys()).containsExactly("Poursuivi", "Interrompu ou en sommeil",
                "Repris après un arrêt", "Réponse imprécise");
        assertThat(count(d, "Poursuivi")).isEqualTo(OVERVIEW.continuation().get(ContinuationStatus.YES)).isEqualTo(48);
        assertThat(count(d, "Interrompu ou en sommeil")).isEqualTo(OVERVIEW.continuation().get(ContinuationStatus.NO));
        assertThat(count(d, "Réponse imprécise")).isEqualTo(3);
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        assertThat(plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(d, 0, 0))
                .isEqualTo("48 (91" + THIN + "%)");
        assertThat(notes(chart)).contains("53 partenariats, situation depuis le 22 mars 2012");
    }

    @Test
    void budgetTrendCountsEqualTheOverviews() {
        CategoryDataset d = dataset(build("budget-trend", EN));
        List<Integer> drawn = new ArrayList<>();
        for (int c = 0; c < d.getColumnCount(); c++) {
            drawn.add(d.getValue(0, c).intValue());
        }
        List<Integer> overview = List.of(TrendDirection.values()).stream().map(OVERVIEW.budgetTrend()::get).toList();
        assertThat(drawn).isEqualTo(overview).containsExactly(8, 31, 6, 8);
        assertThat(d.getColumnKeys()).containsExactly("Increased", "Maintained", "Decreased", "Not stated");
        assertThat(build("budget-trend", EN).getTitle().getText()).isEqualTo("Trend of partnership budgets in 2013");
    }

    @Test
    void domainsShowActionsAndBudgetRangesSideBySide() {
        JFreeChart chart = build("domains", FR);
        CombinedDomainCategoryPlot plot = (CombinedDomainCategoryPlot) chart.getPlot();
        CategoryDataset actions = ((CategoryPlot) plot.getSubplots().get(0)).getDataset();
        CategoryDataset budgets = ((CategoryPlot) plot.getSubplots().get(1)).getDataset();
        assertThat(actions.getColumnKey(0)).isEqualTo(DomainCategory.HEALTH.labelFr());
        assertThat(count(actions, "Santé")).isEqualTo(25);
        int total = 0;
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        for (int c = 0; c < actions.getColumnCount(); c++) {
            total += actions.getValue(0, c).intValue();
            low = low.add((BigDecimal) budgets.getValue(0, c));
            high = high.add((BigDecimal) budgets.getValue(0, c)).add((BigDecimal) budgets.getValue(1, c));
        }
        assertThat(total).isEqualTo(OVERVIEW.actions()).isEqualTo(242);
        assertThat(low).isEqualByComparingTo(OVERVIEW.actionBudgets().lowEur());
        assertThat(high).isEqualByComparingTo(OVERVIEW.actionBudgets().highEur());
    }

    @Test
    void ageIsAHistogramOfDecades() {
        JFreeChart chart = build("age", FR);
        CategoryDataset d = dataset(chart);
        assertThat(d.getColumnKeys()).startsWith("années 1970", "années 1980", "années 1990");
        assertThat(count(d, "années 1980")).isEqualTo(13);
        assertThat(count(d, "années 1990")).isEqualTo(14);
        assertThat(notes(chart).get(0)).startsWith("Âge médian en 2013 : ").contains("53 partenariats");
    }

    @Test
    void solidarityFundDonorsAreSortedWithTheTotalInTheNote() {
        JFreeChart chart = build("solidarity-fund", FR);
        CategoryDataset d = dataset(chart);
        double sum = 0;
        for (int c = 0; c < d.getColumnCount(); c++) {
            sum += d.getValue(0, c).doubleValue();
            if (c > 0) {
                assertThat(d.getValue(0, c).doubleValue()).isLessThanOrEqualTo(d.getValue(0, c - 1).doubleValue());
            }
        }
        assertThat(sum).isEqualTo(OVERVIEW.solidarityFundEur().doubleValue()).isEqualTo(98_400);
        assertThat(d.getColumnCount()).isEqualTo(13);
        assertThat(d.getColumnKey(0)).isEqualTo("Région des Pays de la Loire");
        assertThat(notes(chart).get(0)).isEqualTo("Total : 98" + THIN + "400\u00A0€ de 13 donateurs, au 2 juillet 2013");
    }

    @Test
    void regionByDomainCellsAreEachRegionsBreakdown() {
        HeatMapPlot plot = (HeatMapPlot) build("region-domain", FR).getPlot();
        CategoryDataset d = plot.getDataset();
        Census kayes = CENSUS.filter(p -> p.regions().contains("Kayes"));
        int health = Breakdown.of(kayes, Dimension.DOMAIN).group("HEALTH").orElseThrow().actions();
        assertThat(d.getValue("Santé", "Kayes").intValue()).isEqualTo(health).isEqualTo(13);
        for (Group region : Breakdown.of(CENSUS, Dimension.REGION).groups()) {
            int sum = 0;
            for (int r = 0; r < d.getRowCount(); r++) {
                sum += d.getValue(r, d.getColumnIndex(region.key())).intValue();
            }
            assertThat(sum).as(region.key()).isEqualTo(region.actions());
        }
    }

    @Test
    void annualBudgetsByRegionAreRangesOfTheBreakdown() {
        CategoryDataset d = dataset(build("budget-ranges", FR));
        for (Group g : Breakdown.of(CENSUS, Dimension.REGION).groups()) {
            int c = d.getColumnIndex(g.key());
            BigDecimal low = (BigDecimal) d.getValue(0, c);
            BigDecimal width = (BigDecimal) d.getValue(1, c);
            assertThat(low).as(g.key()).isEqualByComparingTo(g.annualBudgets().orElseThrow().lowEur());
            assertThat(low.add(width)).as(g.key()).isEqualByComparingTo(g.annualBudgets().orElseThrow().highEur());
        }
        assertThat(d.getColumnKey(0)).isEqualTo("Kayes");
    }

    @Test
    void theMapShadesEveryRegionOfTheCensusWithItsPartnerships() {
        JFreeChart chart = build("map", FR);
        RegionMapPlot plot = (RegionMapPlot) chart.getPlot();
        CategoryDataset d = plot.getDataset();
        for (Group g : Breakdown.of(CENSUS, Dimension.REGION).groups()) {
            assertThat(count(d, g.key())).as(g.key()).isEqualTo(g.partnerships());
        }
        RegionMap mali = RegionMap.of("ML").orElseThrow();
        assertThat(CENSUS.edition().regions()).allSatisfy(r -> assertThat(mali.region(r)).as(r).isPresent());
        assertThat(mali.region("TOMBOUCTOU").orElseThrow().name()).isEqualTo("Tombouctou");
        assertThat(mali.region("Timbuktu")).isPresent();
        assertThat(notes(chart)).noneMatch(n -> n.contains("hors carte"));
        assertThat(notes(chart).get(1)).isEqualTo("Source\u00A0: Cités Unies France, recensement 2013 ; fond de carte : "
                + "Natural Earth (domaine public)");
        assertThat(plot.getLegendItems().getItemCount()).isEqualTo(5);
        assertThat(plot.getLegendItems().get(4).getLabel()).isEqualTo("17–18");
    }

    @Test
    void aCountryWithNoOutlinesShippedGetsAMapThatSaysSo() {
        assertThat(RegionMap.of("SN")).isEmpty();
        assertThat(RegionMap.of("../x")).isEmpty();
    }

    @Test
    void valueClassesSpanTheCountsInEqualSteps() {
        ValueClasses classes = ValueClasses.of(18, 5);
        assertThat(classes.width()).isEqualTo(4);
        assertThat(classes.count()).isEqualTo(5);
        assertThat(classes.classOf(0)).isEqualTo(-1);
        assertThat(classes.classOf(4)).isZero();
        assertThat(classes.classOf(18)).isEqualTo(4);
        assertThat(ValueClasses.of(2, 5).count()).isEqualTo(2);
        assertThat(ValueClasses.of(0, 5).count()).isZero();
    }
}
