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
import org.census.text.TrendDirection;
import org.jfree.chart.JFreeChart;

/** Which way partnerships' budgets moved in the census year: counts and shares. */
public final class BudgetTrendChart implements CensusChart {
    private static final Label TITLE = new Label("Évolution du budget des partenariats",
            "Trend of partnership budgets");

    @Override
    public String id() {
        return "budget-trend";
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
        Map<TrendDirection, Integer> counts = overview.budgetTrend();
        ChartTheme theme = context.theme();
        List<Bars.Bar> bars = Bars.shares(TrendDirection.values(), counts, overview.partnerships(),
                d -> Labels.trend(d, context), d -> switch (d) {
                    case INCREASE -> theme.color(2);
                    case MAINTAIN -> theme.color(0);
                    case DECREASE -> theme.color(3);
                    case UNKNOWN -> theme.muted();
                }, context);
        int year = census.edition().editionDate().getYear();
        String title = title(context.locale()) + context.text(" en ", " in ") + year;
        String note = Labels.partnerships(overview.partnerships(), context)
                + context.text(", budget " + year + " comparé à celui de " + (year - 1),
                ", budget " + year + " against " + (year - 1));
        return Bars.chart(title, Bars.plot(bars, ""), false, context, note);
    }
}
