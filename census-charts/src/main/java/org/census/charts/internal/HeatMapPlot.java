package org.census.charts.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

import org.census.charts.spi.ChartContext;
import org.census.charts.spi.ChartTheme;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * A matrix of counts: one row per row key of a dataset, one column per column key, each cell coloured by its class
 * and labelled with its count. Column headers are slanted so that long names fit narrow columns.
 */
final class HeatMapPlot extends Plot {
    private static final long serialVersionUID = 1L;
    private static final double HEADER_ANGLE = -Math.PI / 4;

    private final CategoryDataset dataset;
    private final transient ChartContext context;
    private final ValueClasses classes;

    HeatMapPlot(CategoryDataset dataset, ChartContext context) {
        this.dataset = dataset;
        this.context = context;
        this.classes = ValueClasses.of(dataset);
    }

    CategoryDataset getDataset() {
        return dataset;
    }

    @Override
    public String getPlotType() {
        return "Heat map";
    }

    @Override
    public LegendItemCollection getLegendItems() {
        return classes.legend(context);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D plotArea, Point2D anchor, PlotState parentState,
                     PlotRenderingInfo info) {
        Rectangle2D area = getInsets().createInsetRectangle(plotArea);
        if (info != null) {
            info.setPlotArea(plotArea);
            info.setDataArea(area);
        }
        drawBackground(g2, area);
        int rows = dataset.getRowCount();
        int columns = dataset.getColumnCount();
        if (rows == 0 || columns == 0 || classes.count() == 0) {
            drawNoDataMessage(g2, area);
            return;
        }
        ChartTheme theme = context.theme();
        Font labelFont = theme.font(0.95);
        Font headerFont = theme.font(0.95);
        Font cellFont = theme.font(0.9);
        g2.setFont(headerFont);
        FontMetrics header = g2.getFontMetrics();
        double headerWidth = 0;
        for (int c = 0; c < columns; c++) {
            headerWidth = Math.max(headerWidth, header.stringWidth(dataset.getColumnKey(c).toString()));
        }
        double headerHeight = headerWidth * Math.sin(-HEADER_ANGLE) + header.getHeight();
        double labelWidth = Math.min(area.getWidth() * 0.42, maxRowLabelWidth(g2, labelFont));
        double cellWidth = (area.getWidth() - labelWidth - 6 - headerHeight * 0.6) / columns;
        double cellHeight = Math.min(18, (area.getHeight() - headerHeight) / rows);
        double x0 = area.getX() + labelWidth + 6;
        double y0 = area.getY() + headerHeight;

        for (int c = 0; c < columns; c++) {
            double cx = x0 + (c + 0.5) * cellWidth;
            AffineTransform saved = g2.getTransform();
            g2.translate(cx, y0 - 3);
            g2.rotate(HEADER_ANGLE);
            g2.setPaint(theme.ink());
            g2.setFont(headerFont);
            g2.drawString(dataset.getColumnKey(c).toString(), 0f, 0f);
            g2.setTransform(saved);
        }
        g2.setStroke(new BasicStroke(1f));
        for (int r = 0; r < rows; r++) {
            double y = y0 + r * cellHeight;
            TextBlock label = TextUtils.createTextBlock(dataset.getRowKey(r).toString(), labelFont, theme.ink(),
                    (float) labelWidth, 2, new org.jfree.chart.text.G2TextMeasurer(g2));
            label.draw(g2, (float) (x0 - 6), (float) (y + cellHeight / 2), TextBlockAnchor.CENTER_RIGHT);
            for (int c = 0; c < columns; c++) {
                Number n = dataset.getValue(r, c);
                int value = n == null ? 0 : n.intValue();
                Shape cell = new Rectangle2D.Double(x0 + c * cellWidth, y, cellWidth, cellHeight);
                Color fill = classes.colour(value, theme);
                g2.setPaint(fill);
                g2.fill(cell);
                g2.setPaint(Color.WHITE);
                g2.draw(cell);
                if (value > 0) {
                    g2.setFont(cellFont);
                    g2.setPaint(theme.textOn(fill));
                    TextUtils.drawAlignedString(context.count(value), g2,
                            (float) (x0 + (c + 0.5) * cellWidth), (float) (y + cellHeight / 2),
                            TextAnchor.CENTER);
                }
            }
        }
    }

    private double maxRowLabelWidth(Graphics2D g2, Font font) {
        g2.setFont(font);
        FontMetrics metrics = g2.getFontMetrics();
        double width = 0;
        for (int r = 0; r < dataset.getRowCount(); r++) {
            width = Math.max(width, metrics.stringWidth(dataset.getRowKey(r).toString()));
        }
        return width + 2;
    }
}
