package org.census.charts.spi;

import java.util.Locale;

import org.census.model.Census;
import org.jfree.chart.JFreeChart;

/**
 * One kind of chart of a census, found through {@link java.util.ServiceLoader}: a jar adds a chart kind by naming its
 * class in {@code META-INF/services/org.census.charts.spi.CensusChart}. An implementation is stateless, public, and
 * has a public no-argument constructor.
 */
public interface CensusChart {

    /**
     * {@return a short stable identifier, unique among the installed charts, that also names the chart's files}
     * Lower-case letters, digits and single hyphens ("regions", "budget-trend").
     */
    String id();

    /**
     * {@return the chart's title in a language, without the census's particulars (a list of charts shows it)}
     *
     * @param locale French for "fr", English for any other
     */
    String title(Locale locale);

    /**
     * Builds the chart of a census. A census with nothing to show gives a chart that says so, never an exception. The
     * chart is styled with {@code context.theme()} and carries {@code context.sourceNote()} (see
     * {@link ChartTheme#apply}).
     *
     * @param census  the census drawn
     * @param context the language, source line and theme
     * @return the chart, ready to write ({@code org.census.charts.ChartWriter})
     */
    JFreeChart build(Census census, ChartContext context);

    /**
     * {@return how tall this chart wants to be, relative to a base size (1 for the same height)} A chart with many
     * rows may ask for more. Must be between 0.5 and 3.
     */
    default double relativeHeight() {
        return 1.0;
    }
}
