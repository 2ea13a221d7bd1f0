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
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Actions by intervention domain, two measures side by side: the number of actions, and the sum of their budgets as
 * a range (low bounds solid, up to the high bounds light). Domains with the most actions first.
 */
public final class DomainsChart implements CensusChart {
    private static final Label TITLE = new Label("Actions et budgets par domaine d'intervention",
            "Actions and budgets by intervention domain");

    @Override
    public String id() {
        return "domains";
    }

    @Override
    public String title(Locale locale) {
        return TITLE.in(locale);
    }

    @Override
    public double relativeHeight() {
        return 1.5;
    }

    @Override
    public JFreeChart build(Census census, ChartContext context) {
        List<Group> groups = new ArrayList<>(Breakdown.of(census, Dimension.DOMAIN).groups());
        groups.sort(Comparator.comparingInt(Group::actions).reversed());
        List<Bars.Bar> actions = new ArrayList<>();
        DefaultCategoryDataset budgets = new DefaultCategoryDataset();
        List<String> budgetTexts = new ArrayList<>();
        BudgetRange total = BudgetRange.EMPTY;
        for (Group g : groups) {
            String label = Breakdown.category(g).label(context.locale());
            actions.add(new Bars.Bar(label, g.actions(), context.count(g.actions()), context.theme().color(0)));
            BudgetRange range = g.actionBudgets();
            total = total.plus(range);
            budgets.addValue(range.lowEur(), lowKey(context), label);
            budgets.addValue(range.highEur().subtract(range.lowEur()), widthKey(context), label);
            budgetTexts.add(range.known() == 0 ? "–" : Labels.range(range, context, true));
        }
        CategoryPlot count = Bars.plot(actions, context.text("Nombre d'actions", "Number of actions"));
        CategoryPlot money = Bars.rangePlot(budgets, budgetTexts,
                context.text("Budgets cumulés des actions", "Sum of the actions' budgets"), context.theme());
        money.getRangeAxis().setUpperMargin(0.6);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(new CategoryAxis());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setGap(6);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.42f);
        plot.add(count, 2);
        plot.add(money, 3);
        int n = groups.stream().mapToInt(Group::actions).sum();
        String note = context.text(context.count(n) + " actions ; budgets : " + context.count(total.known())
                + " chiffrés, " + context.count(total.unknown()) + " non chiffrés ; en clair, la fourchette haute",
                context.count(n) + " actions; budgets: " + context.count(total.known()) + " stated, "
                        + context.count(total.unknown()) + " not stated; light: up to the high end of ranges");
        JFreeChart chart = new JFreeChart(title(context.locale()), context.theme().boldFont(1.375), plot, false);
        context.theme().apply(chart, context, note);
        Bars.directLabels(count);
        Bars.directLabels(money);
        return chart;
    }

    static String lowKey(ChartContext context) {
        return context.text("borne basse", "low bound");
    }

    static String widthKey(ChartContext context) {
        return context.text("jusqu'à la borne haute", "up to the high bound");
    }
}
