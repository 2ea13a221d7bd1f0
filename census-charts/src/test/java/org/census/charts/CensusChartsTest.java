package org.census.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Locale;

import org.census.CensusException;
import org.census.bundled.BundledCensus;
import org.census.charts.spi.ChartContext;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class CensusChartsTest {
    private static final String[] BUILT_IN = {"map", "regions", "continuation", "budget-trend", "domains", "age",
        "solidarity-fund", "region-domain", "budget-ranges"};

    /** The class path of the tests, plus one test-only plugin directory with its own services file. */
    private static ClassLoader withPlugins(String dir) {
        URL root = CensusChartsTest.class.getResource("/plugins/" + dir + "/");
        return new URLClassLoader(new URL[] {root}, CensusChartsTest.class.getClassLoader());
    }

    @Test
    void theBuiltInSetIsInstalledInPublicationOrder() {
        CensusCharts charts = CensusCharts.installed();
        assertThat(charts.ids()).containsExactly(BUILT_IN);
        assertThat(charts.problems()).isEmpty();
        assertThat(charts.all()).allSatisfy(c -> {
            assertThat(c.title(Locale.FRENCH)).isNotBlank();
            assertThat(c.title(Locale.ENGLISH)).isNotBlank().isNotEqualTo(c.title(Locale.FRENCH));
        });
    }

    @Test
    void aChartDefinedOnlyInTestCodeIsFoundThroughItsOwnServicesFile() {
        CensusCharts charts = CensusCharts.load(withPlugins("extra"));
        assertThat(charts.ids()).startsWith(BUILT_IN).endsWith("test-only");
        JFreeChart chart = charts.require("test-only").build(BundledCensus.load(),
                ChartContext.of(BundledCensus.load(), Locale.ENGLISH));
        assertThat(chart.getTitle().getText()).isEqualTo("Forms");
    }

    @Test
    void brokenProvidersAreReportedByNameAndTheOthersStillLoad() {
        CensusCharts charts = CensusCharts.load(withPlugins("extra"));
        assertThat(charts.problems()).hasSize(3);
        assertThat(charts.problems().get(0).toString()).contains("org.census.charts.NoSuchChart");
        assertThat(charts.problems().get(1).toString()).contains("org.census.charts.TestOnlyChart$Failing")
                .contains("no licence key");
        assertThat(charts.problems().get(2).toString()).contains("org.census.charts.TestOnlyChart$BadId")
                .contains("\"Bad Id/\"");
        assertThat(charts.byId("failing")).isEmpty();
    }

    @Test
    void twoProvidersClaimingOneIdFailNamingBoth() {
        assertThatThrownBy(() -> CensusCharts.load(withPlugins("clash")))
                .isInstanceOf(CensusException.class)
                .hasMessage("two chart providers claim the id \"regions\": org.census.charts.internal.RegionsChart "
                        + "and org.census.charts.TestOnlyChart$Impostor; remove one from the class path");
    }

    @Test
    void requireNamesTheKnownIds() {
        assertThatThrownBy(() -> CensusCharts.installed().require("pie"))
                .isInstanceOf(CensusException.class)
                .hasMessage("no chart \"pie\"; known charts: " + String.join(", ", BUILT_IN));
        assertThat(CensusCharts.installed().byId("age")).isPresent();
    }

    @Test
    void formatsParseByExtensionAndNameTheValidOnes() {
        assertThat(ChartFormat.parse(" SVG ")).isEqualTo(ChartFormat.SVG);
        assertThat(ChartFormat.PDF.fileName("age")).isEqualTo("age.pdf");
        assertThatThrownBy(() -> ChartFormat.parse("jpeg")).isInstanceOf(CensusException.class)
                .hasMessage("unknown chart format \"jpeg\"; known formats: png, svg, pdf");
    }

    @Test
    void sizesAreInPointsWithPixelsAtTheirDpi() {
        assertThat(ChartSize.PRINT.width()).isCloseTo(453.5, org.assertj.core.data.Offset.offset(0.1));
        assertThat(ChartSize.PRINT.dpi()).isEqualTo(300);
        assertThat(ChartSize.PRINT.pixelWidth()).isEqualTo(1890);
        assertThat(new ChartSize(144, 72, 150).pixelHeight()).isEqualTo(150);
        assertThatThrownBy(() -> new ChartSize(400, 300, 5)).hasMessageContaining("dpi must be between 36 and 1200");
    }
}
