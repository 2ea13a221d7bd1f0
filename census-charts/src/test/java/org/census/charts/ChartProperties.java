package org.census.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.census.charts.spi.CensusChart;
import org.census.charts.spi.ChartContext;
import org.census.model.Census;
import org.census.testing.CensusArbitraries;
import org.jfree.chart.JFreeChart;

/** Any census, however odd its texts (empty names, formulas, astral characters), gives every chart, drawn. */
class ChartProperties {
    private static final ChartSize TINY = new ChartSize(240, 160, 36);

    @Provide
    Arbitrary<Census> censuses() {
        return CensusArbitraries.censuses();
    }

    @Property(tries = 40)
    void everyChartDrawsForAnyCensus(@ForAll("censuses") Census census) throws Exception {
        ChartContext context = ChartContext.of(census, Locale.FRENCH);
        for (CensusChart chart : CensusCharts.installed().all()) {
            JFreeChart built = chart.build(census, context);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartWriter.write(built, out, ChartFormat.PNG, TINY);
            assertThat(out.size()).as(chart.id()).isPositive();
        }
    }
}
