package org.census.charts.internal;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleFunction;
import java.util.function.Function;

import org.census.charts.spi.ChartContext;
import org.census.charts.spi.ChartTheme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Horizontal bar plots labelled at the bars' ends, the shape of most charts of the set: a reader reads the figure
 * beside its bar, so the value axis is left out.
 */
final class Bars {
    /** The one series of a single-measure bar plot. */
    static final String VALUE = "value";

    private Bars() {
    }

    /**
     * One bar: its category label, its value, the text beside it and its colour.
     */
    record Bar(String label, double value, String text, Color colour) {
        Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(colour, "colour");
        }
    }

    /**
     * One bar per value of an enum, labelled with its count and its share of a total ("48 (91 %)"): the shape of the
     * continuation and budget-trend charts.
     */
    static <E extends Enum<E>> List<Bar> shares(E[] values, Map<E, Integer> counts, int total,
                                                 Function<E, String> label, Function<E, Color> colour,
                                                 ChartContext context) {
        return Arrays.stream(values).map(v -> new Bar(label.apply(v), counts.get(v),
                Labels.countAndShare(counts.get(v), total, context), colour.apply(v))).toList();
    }

    /** One bar per category, one series; a list with no bar or only zero bars gives an empty dataset ("no data"). */
    static CategoryPlot plot(List<Bar> bars, String valueLabel) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        boolean any = bars.stream().anyMatch(b -> b.value() != 0);
        List<String> texts = new ArrayList<>();
        List<Paint> colours = new ArrayList<>();
        if (any) {
            for (Bar bar : bars) {
                dataset.addValue(bar.value(), VALUE, bar.label());
                texts.add(bar.text());
                colours.add(bar.colour());
            }
        }
        BarRenderer renderer = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return colours.get(column);
            }
        };
        renderer.setDefaultItemLabelGenerator(new Texts(List.of(texts)));
        return plot(dataset, renderer, valueLabel);
    }

    /**
     * Bars from a low bound to a high bound: a solid part up to the low bound and a light part up to the high bound,
     * so that ranges ("between 40 000 and 60 000 €") stay visible. Series 0 is the low bound, series 1 the width.
     *
     * @param texts the label beside each bar
     */
    static CategoryPlot rangePlot(DefaultCategoryDataset lowAndWidth, List<String> texts, String valueLabel,
                                  ChartTheme theme) {
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setSeriesPaint(0, theme.color(0));
        renderer.setSeriesPaint(1, theme.color(4));
        renderer.setDefaultItemLabelGenerator(new RangeTexts(List.copyOf(texts)));
        return plot(lowAndWidth, renderer, valueLabel);
    }

    private static CategoryPlot plot(CategoryDataset dataset, BarRenderer renderer, String valueLabel) {
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(3);
        renderer.setMaximumBarWidth(0.14);
        renderer.setShadowVisible(false);
        CategoryAxis categories = new CategoryAxis();
        categories.setMaximumCategoryLabelWidthRatio(0.42f);
        NumberAxis values = new NumberAxis(valueLabel);
        values.setTickLabelsVisible(false);
        values.setTickMarksVisible(false);
        values.setAxisLineVisible(false);
        // Room for the longest label beside the longest bar.
        values.setUpperMargin(0.32);
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.TOP_OR_LEFT);
        return plot;
    }

    /** Hides the gridlines of a direct-labelled plot once the theme has set them. */
    static void directLabels(CategoryPlot plot) {
        plot.setRangeGridlinesVisible(false);
        plot.getDomainAxis().setCategoryMargin(0.3);
    }

    /** Item labels worked out in advance; series and category labels are their keys. */
    abstract static class PresetLabels implements CategoryItemLabelGenerator, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }
    }

    /** Item labels given in advance, by series then category. */
    static final class Texts extends PresetLabels {
        private static final long serialVersionUID = 1L;
        private final List<List<String>> bySeries;

        Texts(List<List<String>> bySeries) {
            this.bySeries = bySeries;
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            List<String> texts = row < bySeries.size() ? bySeries.get(row) : List.of();
            return column < texts.size() ? texts.get(column) : null;
        }
    }

    /**
     * The label of a range bar, on its light part, or on its solid part when the range is one figure: a zero-width
     * part is stacked from the axis, so a label on it would sit at the start of the bar.
     */
    static final class RangeTexts extends PresetLabels {
        private static final long serialVersionUID = 1L;
        private final List<String> texts;

        RangeTexts(List<String> texts) {
            this.texts = texts;
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number width = dataset.getValue(1, column);
            boolean exact = width == null || width.doubleValue() == 0;
            return (row == 1) != exact && column < texts.size() ? texts.get(column) : null;
        }
    }

    /** An axis format from a function of the value, for euro axes ("45 k€"). */
    static NumberFormat format(DoubleFunction<String> function) {
        return new NumberFormat() {
            private static final long serialVersionUID = 1L;

            @Override
            public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
                return toAppendTo.append(function.apply(number));
            }

            @Override
            public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
                return toAppendTo.append(function.apply(number));
            }

            @Override
            public Number parse(String source, ParsePosition parsePosition) {
                throw new UnsupportedOperationException("an axis format only formats");
            }
        };
    }

    /** A chart of one plot, styled, with notes under the title. */
    static JFreeChart chart(String title, CategoryPlot plot, boolean legend, ChartContext context,
                            String... notes) {
        JFreeChart chart = new JFreeChart(title, context.theme().boldFont(1.375), plot, legend);
        context.theme().apply(chart, context, notes);
        directLabels(plot);
        return chart;
    }
}
