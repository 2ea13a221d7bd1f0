package org.census.charts.internal;

import java.awt.Color;
import java.awt.geom.Rectangle2D;

import org.census.charts.spi.ChartContext;
import org.census.charts.spi.ChartTheme;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.general.DatasetUtils;

/**
 * Counts put into a few classes of equal width for a colour ramp: with a largest count of 18 and five classes,
 * 1–4, 5–8, 9–12, 13–16, 17–18. Zero is a class of its own, drawn nearly white.
 *
 * @param max   the largest count
 * @param width how many counts a class spans
 * @param count how many classes above zero
 */
record ValueClasses(int max, int width, int count) {
    static final Color ZERO = new Color(0xF4F4F4);

    /** Five classes for the counts of a dataset. */
    static ValueClasses of(CategoryDataset dataset) {
        Number max = dataset.getRowCount() == 0 || dataset.getColumnCount() == 0 ? 0
                : DatasetUtils.findMaximumRangeValue(dataset);
        return of(max == null ? 0 : max.intValue(), 5);
    }

    static ValueClasses of(int max, int maxClasses) {
        if (max <= 0) {
            return new ValueClasses(0, 1, 0);
        }
        int classes = Math.min(maxClasses, max);
        int width = (max + classes - 1) / classes;
        return new ValueClasses(max, width, (max + width - 1) / width);
    }

    /** The class of a count: -1 for zero, then 0 to {@code count - 1}. */
    int classOf(int value) {
        return value <= 0 ? -1 : Math.min(count - 1, (value - 1) / width);
    }

    Color colour(int value, ChartTheme theme) {
        int c = classOf(value);
        return c < 0 ? ZERO : theme.ramp(c, count);
    }

    /** One legend item per class, a square of its colour. */
    LegendItemCollection legend(ChartContext context) {
        LegendItemCollection items = new LegendItemCollection();
        for (int i = 0; i < count; i++) {
            LegendItem item = new LegendItem(label(i, context), context.theme().ramp(i, count));
            item.setShape(new Rectangle2D.Double(-4, -4, 8, 8));
            items.add(item);
        }
        return items;
    }

    /** "1–4", or "17" for a class of one count. */
    String label(int classIndex, ChartContext context) {
        int low = classIndex * width + 1;
        int high = Math.min(max, low + width - 1);
        return low == high ? context.count(low) : context.count(low) + "–" + context.count(high);
    }
}
