package org.census.charts.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.census.charts.spi.CensusChart;
import org.census.charts.spi.ChartContext;
import org.census.text.Label;
import org.census.model.Census;
import org.census.model.Partnership;
import org.census.overview.Breakdown;
import org.census.overview.Dimension;
import org.census.overview.Group;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.ui.TextAnchor;

/**
 * How old partnerships are: the decade each was formalised in, as a histogram, with the median age at the census
 * date in the note.
 */
public final class AgeChart implements CensusChart {
    private static final Label TITLE = new Label("Ancienneté des partenariats : décennie de formalisation",
            "Age of partnerships: decade of formalisation");

    @Override
    public String id() {
        return "age";
    }

    @Override
    public String title(Locale locale) {
        return TITLE.in(locale);
    }

    @Override
    public JFreeChart build(Census census, ChartContext context) {
        List<Group> groups = Breakdown.of(census, Dimension.AGE).groups();
        List<Bars.Bar> bars = groups.stream().map(g -> new Bars.Bar(Labels.decade(g.key(), context),
                g.partnerships(), context.count(g.partnerships()), g.key().equals(Breakdown.UNKNOWN)
                ? context.theme().muted() : context.theme().color(0))).toList();
        CategoryPlot plot = Bars.plot(bars, "");
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.getRenderer().setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                TextAnchor.BOTTOM_CENTER));
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setUpperMargin(0.12);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1f);
        return Bars.chart(title(context.locale()), plot, false, context, note(census, context));
    }

    /** "Âge médian en 2013 : 21 ans (formalisés en 1992 ou avant pour la moitié) ; 53 partenariats, 4 sans date". */
    static String note(Census census, ChartContext context) {
        int year = census.edition().editionDate().getYear();
        List<Integer> years = census.distinctPartnerships().stream().map(Partnership::formalisation)
                .map(d -> d.firstYear()).flatMap(Optional::stream).sorted().toList();
        int undated = census.distinctPartnerships().size() - years.size();
        String dated = Labels.partnerships(census.distinctPartnerships().size(), context)
                + (undated == 0 ? "" : context.text(", dont " + context.count(undated) + " sans date connue",
                ", " + context.count(undated) + " with no known date"));
        if (years.isEmpty()) {
            return dated;
        }
        int median = years.get((years.size() - 1) / 2);
        int age = year - median;
        return context.text("Âge médian en " + year + " : " + age + " ans (la moitié formalisés en " + median
                        + " ou avant) ; " + dated,
                "Median age in " + year + ": " + age + " years (half formalised in " + median + " or before); "
                        + dated);
    }
}
