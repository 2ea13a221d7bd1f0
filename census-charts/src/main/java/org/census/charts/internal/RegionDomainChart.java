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
import org.census.overview.Dimension;
import org.census.overview.Group;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Actions by region and domain, as a heat map: each region's census broken down by domain, domains with the most
 * actions first, regions in the census's order.
 */
public final class RegionDomainChart implements CensusChart {
    private static final Label TITLE = new Label("Actions par région et par domaine",
            "Actions by region and domain");

    @Override
    public String id() {
        return "region-domain";
    }

    @Override
    public String title(Locale locale) {
        return TITLE.in(locale);
    }

    @Override
    public double relativeHeight() {
        return 1.6;
    }

    @Override
    public JFreeChart build(Census census, ChartContext context) {
        List<Group> domains = new ArrayList<>(Breakdown.of(census, Dimension.DOMAIN).groups());
        domains.sort(Comparator.comparingInt(Group::actions).reversed());
        List<String> regions = Breakdown.of(census, Dimension.REGION).groups().stream()
                .filter(g -> g.partnerships() > 0).map(Group::key).toList();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (String region : regions) {
            Census inRegion = Breakdown.UNKNOWN.equals(region) ? census.filter(p -> p.regions().isEmpty())
                    : census.filter(p -> p.regions().contains(region));
            Breakdown byDomain = Breakdown.of(inRegion, Dimension.DOMAIN);
            for (Group domain : domains) {
                int actions = byDomain.group(domain.key()).map(Group::actions).orElse(0);
                dataset.addValue(actions, Breakdown.category(domain).label(context.locale()),
                        Labels.key(region, context));
            }
        }
        HeatMapPlot plot = new HeatMapPlot(dataset, context);
        JFreeChart chart = new JFreeChart(title(context.locale()), context.theme().boldFont(1.375), plot, true);
        context.theme().apply(chart, context, context.text(
                "Nombre d'actions ; une action d'un partenariat qui couvre plusieurs régions compte dans chacune",
                "Number of actions; an action of a partnership that covers several regions counts in each"));
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        return chart;
    }
}
