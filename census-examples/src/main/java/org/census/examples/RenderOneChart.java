package org.census.examples;

import java.nio.file.Path;
import java.util.Locale;

import org.census.bundled.BundledCensus;
import org.census.charts.CensusCharts;
import org.census.charts.ChartFormat;
import org.census.charts.ChartSize;
import org.census.charts.ChartWriter;
import org.census.model.Census;

/** Render one chart of the bundled census into a file for a publication: a vector PDF at an A4 column's width. */
public final class RenderOneChart {
    public static Path render(Path file) {
        Census census = BundledCensus.load();
        // One call: built in the language asked, at the print size made as tall as the chart asks.
        ChartWriter.write(CensusCharts.installed().require("budget-trend"), census, file, ChartFormat.PDF,
                ChartSize.PRINT, Locale.FRENCH);
        return file;
    }

    public static void main(String[] args) {
        System.out.println(render(Path.of(args.length > 0 ? args[0] : "budget-trend.pdf")));
    }
}
