package org.census.charts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.census.charts.spi.CensusChart;
import org.census.charts.spi.ChartContext;
import org.census.text.Label;
import org.census.model.Census;
import org.census.overview.Breakdown;
import org.census.overview.Dimension;
import org.census.overview.Group;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A map of the partner country's regions shaded by their number of partnerships (a choropleth), from the country's
 * outlines shipped as data (census-core's {@code org/census/geo/<ISO>.json}). A country with no outlines shipped
 * gives a chart that says so.
 */
public final class RegionMapChart implements CensusChart {
    private static final Label TITLE = new Label("Carte des partenariats par région",
            "Map of partnerships by region");

    static final String PARTNERSHIPS = "partnerships";

    @Override
    public String id() {
        return "map";
    }

    @Override
    public String title(Locale locale) {
        return TITLE.in(locale);
    }

    @Override
    public double relativeHeight() {
        return 1.25;
    }

    @Override
    public JFreeChart build(Census census, ChartContext context) {
        String country = census.edition().partnerCountry();
        Optional<RegionMap> map = RegionMap.of(country);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> unmapped = new ArrayList<>();
        int unknown = 0;
        for (Group g : Breakdown.of(census, Dimension.REGION).groups()) {
            if (g.key().equals(Breakdown.UNKNOWN)) {
                unknown = g.partnerships();
            } else if (map.isPresent() && map.get().region(g.key()).isEmpty()) {
                unmapped.add(g.key() + " (" + g.partnerships() + ")");
            } else {
                dataset.addValue(g.partnerships(), PARTNERSHIPS, g.key());
            }
        }
        RegionMapPlot plot = new RegionMapPlot(map, dataset, context);
        // Not the regions chart's title: a reader of a report with both tells them apart by their titles.
        String title = context.text("Les régions du ", "The regions of ") + Labels.country(country, context)
                + context.text(" et leurs partenariats", " and their partnerships");
        JFreeChart chart = new JFreeChart(title, context.theme().boldFont(1.375), plot, map.isPresent());
        List<String> notes = new ArrayList<>();
        notes.add(RegionsChart.note(census, context));
        if (unknown > 0 || !unmapped.isEmpty()) {
            notes.add((unknown == 0 ? "" : context.text(unknown + " sans région ; ", unknown + " with no region; "))
                    + (unmapped.isEmpty() ? "" : context.text("hors carte : ", "not on the map: ")
                    + String.join(", ", unmapped)));
        }
        context.theme().apply(chart, context, notes.toArray(new String[0]));
        plot.setNoDataMessage(context.text("Pas de fond de carte pour le pays " + country,
                "No map of the country " + country));
        if (map.isPresent()) {
            chart.getLegend().setPosition(RectangleEdge.RIGHT);
            chart.getLegend().setVerticalAlignment(VerticalAlignment.CENTER);
            // The base map is credited on the source line.
            TextTitle source = (TextTitle) chart.getSubtitle(0);
            source.setText(source.getText() + context.text(" ; fond de carte : ", "; base map: ")
                    + context.text("Natural Earth (domaine public)", "Natural Earth (public domain)"));
        }
        return chart;
    }
}
