package org.census.charts.spi;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import java.util.Objects;

import org.census.charts.internal.EmbeddedFonts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * One look for every chart of a set, made to be read at the width of an A4 text column (about 16 cm) in print: a
 * font shipped with the library, sizes from 7 to 11 points, light horizontal gridlines, no chart border, and colours
 * that readers with a colour-vision deficiency tell apart (the Okabe–Ito palette; a one-hue blue ramp for quantities).
 *
 * @param regular    the text font, at any size (it is derived)
 * @param bold       the font of titles and emphasis
 * @param baseSize   the size of labels in points; titles and notes are scaled from it
 * @param categorical colours for categories, in order of use
 * @param sequential  colours for quantities, light to dark
 * @param ink        the colour of text
 * @param muted      the colour of notes, axes and "unknown" categories
 * @param grid       the colour of gridlines
 */
public record ChartTheme(Font regular, Font bold, float baseSize, List<Color> categorical, List<Color> sequential,
                         Color ink, Color muted, Color grid) {

    /**
     * Checks the sizes and colours, and copies the lists.
     *
     * @param regular    the text font, at any size (it is derived)
     * @param bold       the font of titles and emphasis
     * @param baseSize   the size of labels in points; titles and notes are scaled from it
     * @param categorical colours for categories, in order of use
     * @param sequential  colours for quantities, light to dark
     * @param ink        the colour of text
     * @param muted      the colour of notes, axes and "unknown" categories
     * @param grid       the colour of gridlines
     */
    public ChartTheme {
        Objects.requireNonNull(regular, "regular");
        Objects.requireNonNull(bold, "bold");
        if (!(baseSize >= 5 && baseSize <= 24)) {
            throw new IllegalArgumentException("baseSize must be between 5 and 24 points, got " + baseSize);
        }
        categorical = List.copyOf(categorical);
        sequential = List.copyOf(sequential);
        if (categorical.isEmpty() || sequential.size() < 2) {
            throw new IllegalArgumentException("a theme needs at least one categorical and two sequential colours");
        }
        Objects.requireNonNull(ink, "ink");
        Objects.requireNonNull(muted, "muted");
        Objects.requireNonNull(grid, "grid");
    }

    /** {@return the publication theme: Source Sans 3 at 8 points, Okabe–Ito colours, a ColorBrewer "Blues" ramp} */
    public static ChartTheme publication() {
        return new ChartTheme(EmbeddedFonts.regular(), EmbeddedFonts.semibold(), 8f,
                List.of(rgb(0x0072B2), rgb(0xE69F00), rgb(0x009E73), rgb(0xD55E00), rgb(0x56B4E9), rgb(0xCC79A7),
                        rgb(0xF0E442)),
                List.of(rgb(0xEFF3FF), rgb(0xC6DBEF), rgb(0x9ECAE1), rgb(0x6BAED6), rgb(0x3182BD), rgb(0x08519C)),
                rgb(0x222222), rgb(0x6E6E6E), rgb(0xDDDDDD));
    }

    /**
     * The text font at a size relative to the base size (1 for labels), rounded to whole points: the charts are laid
     * out at these sizes, and every output (PNG, SVG, PDF) keeps the same layout.
     *
     * @param scale the size relative to the base size
     * @return the regular font at that size
     */
    public Font font(double scale) {
        return regular.deriveFont((float) Math.max(1, Math.round(baseSize * scale)));
    }

    /**
     * {@return the bold font at a size relative to the base size, rounded to whole points}
     *
     * @param scale the size relative to the base size
     */
    public Font boldFont(double scale) {
        return bold.deriveFont((float) Math.max(1, Math.round(baseSize * scale)));
    }

    /**
     * {@return the i-th categorical colour, cycling}
     *
     * @param i any index, 0 for the first colour
     */
    public Color color(int i) {
        return categorical.get(Math.floorMod(i, categorical.size()));
    }

    /**
     * {@return the colour of a quantity's class}
     *
     * @param step  the class, from 0 (lightest) to {@code steps - 1} (darkest)
     * @param steps how many classes there are
     */
    public Color ramp(int step, int steps) {
        if (steps <= 1) {
            return sequential.get(sequential.size() - 2);
        }
        int last = sequential.size() - 1;
        // Skip the lightest colour when there are fewer classes than colours: it is too close to white for a bar.
        int first = steps < sequential.size() ? 1 : 0;
        return sequential.get(first + (int) Math.round((double) step * (last - first) / (steps - 1)));
    }

    /**
     * {@return black or white, whichever reads better on a fill}
     *
     * @param fill the colour the text is set on
     */
    public Color textOn(Color fill) {
        double luminance = (0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue()) / 255;
        return luminance < 0.55 ? Color.WHITE : ink;
    }

    /**
     * Styles a chart built by a {@link CensusChart}: fonts, colours and gridlines of every plot, the title and notes
     * set flush left, and the source note at the bottom. Call it once the plot is in place and before setting colours
     * of single series, which it would reset.
     *
     * @param chart   the chart, its plot in place
     * @param context the language and source line
     * @param notes   lines under the title (a total, what a count means), may be none
     * @return the same chart
     */
    public JFreeChart apply(JFreeChart chart, ChartContext context, String... notes) {
        StandardChartTheme base = new StandardChartTheme("census", false);
        base.setExtraLargeFont(boldFont(1.375));
        base.setLargeFont(font(1.0));
        base.setRegularFont(font(0.95));
        base.setSmallFont(font(0.9));
        base.setTitlePaint(ink);
        base.setSubtitlePaint(muted);
        base.setLegendItemPaint(ink);
        base.setLegendBackgroundPaint(Color.WHITE);
        base.setChartBackgroundPaint(Color.WHITE);
        base.setPlotBackgroundPaint(Color.WHITE);
        base.setPlotOutlinePaint(Color.WHITE);
        base.setDomainGridlinePaint(grid);
        base.setRangeGridlinePaint(grid);
        base.setAxisLabelPaint(ink);
        base.setTickLabelPaint(ink);
        base.setItemLabelPaint(ink);
        base.setBarPainter(new StandardBarPainter());
        base.setShadowVisible(false);
        base.setAxisOffset(RectangleInsets.ZERO_INSETS);
        base.setDrawingSupplier(new DefaultDrawingSupplier(categorical.toArray(new Paint[0]),
                DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        base.apply(chart);

        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 6, 4, 8));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setHorizontalAlignment(HorizontalAlignment.LEFT);
            title.setPadding(new RectangleInsets(0, 0, 2, 0));
        }
        // Subtitles built before the theme (a legend) keep their place; notes go under the title, the source last.
        int at = 0;
        for (String note : notes) {
            if (!note.isBlank()) {
                chart.addSubtitle(at++, note(note, RectangleEdge.TOP, 0.95));
            }
        }
        if (!context.sourceNote().isEmpty()) {
            // First of the bottom titles, so that it is drawn lowest, under a legend.
            chart.addSubtitle(0, note(context.sourceNote(), RectangleEdge.BOTTOM, 0.875));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(font(0.95));
            legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        }
        style(chart.getPlot(), context);
        return chart;
    }

    private TextTitle note(String text, RectangleEdge edge, double scale) {
        TextTitle note = new TextTitle(text, font(scale));
        note.setPaint(edge == RectangleEdge.BOTTOM ? muted : ink);
        note.setPosition(edge);
        note.setHorizontalAlignment(HorizontalAlignment.LEFT);
        note.setPadding(new RectangleInsets(edge == RectangleEdge.BOTTOM ? 6 : 0, 0, 2, 0));
        return note;
    }

    private void style(Plot plot, ChartContext context) {
        plot.setNoDataMessage(context.text("Aucune donnée à représenter", "No data to show"));
        plot.setNoDataMessageFont(font(1.1));
        plot.setNoDataMessagePaint(muted);
        plot.setOutlineVisible(false);
        if (plot instanceof CombinedDomainCategoryPlot combined) {
            for (Object sub : combined.getSubplots()) {
                style((Plot) sub, context);
            }
        }
        if (plot instanceof CategoryPlot category) {
            category.setDomainGridlinesVisible(false);
            category.setRangeGridlinesVisible(true);
            category.setRangeGridlineStroke(new BasicStroke(0.5f));
            CategoryAxis axis = category.getDomainAxis();
            if (axis != null) {
                axis.setAxisLineVisible(false);
                axis.setTickMarksVisible(false);
                axis.setCategoryMargin(0.25);
                axis.setLowerMargin(0.02);
                axis.setUpperMargin(0.02);
                axis.setMaximumCategoryLabelLines(2);
            }
            for (int i = 0; i < category.getRangeAxisCount(); i++) {
                ValueAxis range = category.getRangeAxis(i);
                if (range != null) {
                    range.setAxisLineVisible(false);
                    range.setTickMarksVisible(false);
                    range.setTickLabelPaint(muted);
                }
            }
            if (category.getRenderer() instanceof BarRenderer bars) {
                bars.setDrawBarOutline(false);
                bars.setItemMargin(0.05);
                bars.setDefaultItemLabelFont(font(0.95));
            }
        }
    }

    private static Color rgb(int rgb) {
        return new Color(rgb);
    }
}
