package org.census.charts.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.census.charts.spi.CensusChart;
import org.census.charts.spi.ChartContext;
import org.census.text.Label;
import org.census.model.Census;
import org.census.overview.Breakdown;
import org.census.overview.BudgetRange;
import org.census.overview.Dimension;
import org.census.overview.Group;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The partnerships' annual budgets summed by region, as ranges: the sources often state a budget as "Entre 40 000 et
 * 60 000 €", so each bar runs solid to the sum of low bounds and light to the sum of high bounds.
 */
public final class BudgetRangesChart implements CensusChart {
    private static final Label TITLE = new Label("Budgets annuels des partenariats par région",
            "Annual budgets of partnerships by region");

    @Override
    public String id() {
        return "budget-ranges";
    }

    @Override
    public String title(Locale locale) {
        return TITLE.in(locale);
    }

    @Override
    public JFreeChart build(Census census, ChartContext context) {
        List<Group> groups = new ArrayList<>(Breakdown.of(census, Dimension.REGION).groups());
        groups.sort(Comparator.comparing((Group g) -> g.key().equals(Breakdown.UNKNOWN))
                .thenComparing(g -> annual(g).highEur(), Comparator.reverseOrder()));
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> texts = new ArrayList<>();
        int known = 0;
        int unknown = 0;
        boolean any = false;
        for (Group g : groups) {
            BudgetRange range = annual(g);
            known += range.known();
            unknown += range.unknown();
            any |= range.highEur().signum() != 0;
            String label = Labels.key(g.key(), context);
            dataset.addValue(range.lowEur(), DomainsChart.lowKey(context), label);
            dataset.addValue(range.highEur().subtract(range.lowEur()), DomainsChart.widthKey(context), label);
            texts.add((range.known() == 0 ? "–" : Labels.range(range, context, true))
                    + (range.unknown() == 0 ? "" : context.text("  (+ " + range.unknown() + " non chiffré"
                    + (range.unknown() > 1 ? "s)" : ")"), "  (+ " + range.unknown() + " not stated)")));
        }
        CategoryPlot plot = Bars.rangePlot(any ? dataset : new DefaultCategoryDataset(), texts, "",
                context.theme());
        plot.getRangeAxis().setUpperMargin(0.75);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(context.text("Somme des bornes basses", "Sum of low bounds"),
                context.theme().color(0)));
        legend.add(new LegendItem(context.text("jusqu'à la somme des bornes hautes", "up to the sum of high bounds"),
                context.theme().color(4)));
        plot.setFixedLegendItems(legend);
        String note = context.text(known + " budgets chiffrés, " + unknown
                        + " non chiffrés ; un partenariat qui couvre plusieurs régions compte dans chacune",
                known + " budgets stated, " + unknown + " not stated; a partnership that covers several regions "
                        + "counts in each");
        return Bars.chart(title(context.locale()), plot, true, context, note);
    }

    private static BudgetRange annual(Group g) {
        return g.annualBudgets().orElse(BudgetRange.EMPTY);
    }
}
