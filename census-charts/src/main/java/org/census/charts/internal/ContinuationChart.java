package org.census.charts.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.census.charts.spi.CensusChart;
import org.census.charts.spi.ChartContext;
import org.census.text.Label;
import org.census.charts.spi.ChartTheme;
import org.census.model.Census;
import org.census.overview.Overview;
import org.census.text.ContinuationStatus;
import org.jfree.chart.JFreeChart;

/** Whether partnerships went on after the crisis reference date: counts and shares. */
public final class ContinuationChart implements CensusChart {
    private static final Label TITLE = new Label("Poursuite des partenariats depuis la crise",
            "Partnerships continued since the crisis");

    @Override
    public String id() {
        return "continuation";
    }

    @Override
    public String title(Locale locale) {
        return TITLE.in(locale);
    }

    @Override
    public double relativeHeight() {
        return 0.7;
    }

    @Override
    public JFreeChart build(Census census, ChartContext context) {
        Overview overview = Overview.of(census);
        Map<ContinuationStatus, Integer> counts = overview.continuation();
        ChartTheme theme = context.theme();
        List<Bars.Bar> bars = Bars.shares(ContinuationStatus.values(), counts, overview.partnerships(),
                s -> Labels.continuation(s, context), s -> switch (s) {
                    case YES -> theme.color(2);
                    case NO -> theme.color(3);
                    case RESUMED -> theme.color(4);
                    case UNCLEAR -> theme.muted();
                }, context);
        String note = Labels.partnerships(overview.partnerships(), context) + context.text(
                ", situation depuis le " + context.date(census.edition().crisisReferenceDate()),
                ", since " + context.date(census.edition().crisisReferenceDate()));
        return Bars.chart(title(context.locale()), Bars.plot(bars, ""), false, context, note);
    }
}
