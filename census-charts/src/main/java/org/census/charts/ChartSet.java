package org.census.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.census.CensusException;
import org.census.charts.spi.CensusChart;
import org.census.charts.spi.ChartContext;
import org.census.model.Census;
import org.jfree.chart.JFreeChart;

/** Draws every chart of a census into a directory, one file per chart and format, named after the chart's id. */
public final class ChartSet {
    private ChartSet() {
    }

    /**
     * Draws the installed charts ({@link CensusCharts#installed()}).
     *
     * @param census  the census drawn
     * @param dir     the directory written into, created if needed
     * @param formats one file per chart and format
     * @param locale  the language of the charts' texts (French for "fr", else English)
     * @param size    the base size, made taller for the charts that ask ({@link CensusChart#relativeHeight()})
     * @return the files written, chart by chart in registry order, formats in {@link ChartFormat} order
     */
    public static List<Path> render(Census census, Path dir, Set<ChartFormat> formats, Locale locale,
                                    ChartSize size) {
        return render(CensusCharts.installed(), census, dir, formats, locale, size);
    }

    /**
     * Draws the charts of a registry.
     *
     * @param charts  the charts drawn
     * @param census  the census drawn
     * @param dir     the directory written into, created if needed
     * @param formats one file per chart and format
     * @param locale  the language of the charts' texts (French for "fr", else English)
     * @param size    the base size, made taller for the charts that ask ({@link CensusChart#relativeHeight()})
     * @return the files written, chart by chart in registry order, formats in {@link ChartFormat} order
     */
    public static List<Path> render(CensusCharts charts, Census census, Path dir, Set<ChartFormat> formats,
                                    Locale locale, ChartSize size) {
        if (formats.isEmpty()) {
            throw new CensusException("no chart format asked for; known formats: png, svg, pdf");
        }
        ChartContext context = ChartContext.of(census, locale);
        List<Path> written = new ArrayList<>();
        for (CensusChart chart : charts.all()) {
            JFreeChart drawn = build(chart, census, context);
            ChartSize chartSize = ChartWriter.sized(chart, size);
            for (ChartFormat format : EnumSet.copyOf(formats)) {
                Path file = dir.resolve(format.fileName(chart.id()));
                ChartWriter.write(drawn, file, format, chartSize);
                written.add(file);
            }
        }
        return List.copyOf(written);
    }

    /**
     * Builds one chart; a chart that throws is named in the exception.
     *
     * @param chart   the chart kind
     * @param census  the census drawn
     * @param context the language, source line and theme
     * @return the chart, ready for {@link ChartWriter}
     */
    public static JFreeChart build(CensusChart chart, Census census, ChartContext context) {
        try {
            return chart.build(census, context);
        } catch (CensusException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CensusException("chart \"" + chart.id() + "\" (" + chart.getClass().getName()
                    + ") failed on census " + census.edition().id() + ": " + e, e);
        }
    }
}
