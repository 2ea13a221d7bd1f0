package org.census.charts.internal;

import java.math.BigDecimal;
import java.util.Locale;

import org.census.charts.spi.ChartContext;
import org.census.overview.BudgetRange;
import org.census.overview.Dimension;
import org.census.text.ContinuationStatus;
import org.census.text.TrendDirection;

/** Words the charts share, in French and English. */
final class Labels {
    private Labels() {
    }

    static String continuation(ContinuationStatus status, ChartContext c) {
        return status.label(c.locale());
    }

    static String trend(TrendDirection direction, ChartContext c) {
        return direction.label(c.locale());
    }

    /** A region key shown to a reader: "unknown" in words, anything else as the census spells it. */
    static String key(String key, ChartContext c) {
        return Dimension.REGION.groupLabel(key, c.locale());
    }

    /** A decade key ("1980s") in words: "années 1980", "1980s". */
    static String decade(String key, ChartContext c) {
        return Dimension.AGE.groupLabel(key, c.locale());
    }

    /** "1 234" partnerships: the noun in the right number. */
    static String partnerships(long n, ChartContext c) {
        return c.count(n) + " " + c.text(n > 1 ? "partenariats" : "partenariat", n == 1 ? "partnership" : "partnerships");
    }

    /** A count with its share of a total: "48 (91 %)". */
    static String countAndShare(long n, long total, ChartContext c) {
        return total == 0 ? c.count(n) : c.count(n) + " (" + c.percent((double) n / total) + ")";
    }

    /** A sum of ranges: "98 400 €", or "40 000 – 60 000 €" when the low and high bounds differ. */
    static String range(BudgetRange range, ChartContext c, boolean shortForm) {
        if (range.isExact()) {
            return shortForm ? c.eurosShort(range.lowEur()) : c.euros(range.lowEur());
        }
        String low = shortForm ? c.eurosShort(range.lowEur()) : c.euros(range.lowEur());
        String high = shortForm ? c.eurosShort(range.highEur()) : c.euros(range.highEur());
        // 1 335 000 to 1 340 000 € both round to "1,3 M€": one figure, marked as rounded.
        return low.equals(high) ? "≈ " + low : low + " – " + high;
    }

    static String money(double value, ChartContext c) {
        return c.eurosShort(BigDecimal.valueOf(value));
    }

    /** The country of an ISO code in the chart's language ("Mali"), or the code itself if Java does not know it. */
    static String country(String iso, ChartContext c) {
        String name = new Locale("", iso).getDisplayCountry(c.language());
        return name.isBlank() ? iso : name;
    }
}
