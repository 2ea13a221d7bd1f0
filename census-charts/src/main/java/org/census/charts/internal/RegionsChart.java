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
import org.census.overview.Overview;
import org.jfree.chart.JFreeChart;

/** Partnerships by region of the partner country, most first. */
public final class RegionsChart implements CensusChart {
    private static final Label TITLE = new Label("Partenariats par région", "Partnerships by region");

    @Override
    public String id() {
        return "regions";
    }

    @Override
    public String title(Locale locale) {
        return TITLE.in(locale);
    }

    @Override
    public JFreeChart build(Census census, ChartContext context) {
        List<Group> groups = new ArrayList<>(Breakdown.of(census, Dimension.REGION).groups());
        groups.sort(Comparator.comparing((Group g) -> g.key().equals(Breakdown.UNKNOWN))
                .thenComparing(Comparator.comparingInt(Group::partnerships).reversed()));
        List<Bars.Bar> bars = groups.stream().map(g -> new Bars.Bar(Labels.key(g.key(), context), g.partnerships(),
                context.count(g.partnerships()), g.key().equals(Breakdown.UNKNOWN) ? context.theme().muted()
                : context.theme().color(0))).toList();
        String title = title(context.locale()) + " " + context.text("du ", "of ")
                + Labels.country(census.edition().partnerCountry(), context);
        return Bars.chart(title, Bars.plot(bars, ""), false, context, note(census, context));
    }

    /** How many partnerships, and that a form covering two regions counts in both, when one does. */
    static String note(Census census, ChartContext context) {
        int total = Overview.of(census).partnerships();
        boolean spanning = census.distinctPartnerships().stream().anyMatch(p -> p.regions().size() > 1);
        return Labels.partnerships(total, context) + (spanning ? context.text(
                " ; un partenariat qui couvre plusieurs régions compte dans chacune",
                "; a partnership that covers several regions counts in each") : "");
    }
}
