package org.census.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.census.bundled.BundledCensus;
import org.census.charts.spi.ChartContext;
import org.census.model.Census;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An SVG chart opened in headless Chromium looks like the same chart drawn to PNG by Java: the text lands where Java
 * measured it, because the SVG carries its font, or because its text is drawn as outlines. Runs where Debian's
 * chromium is installed, is skipped elsewhere.
 */
class SvgInChromiumTest {

    @Test
    void aHeatMapInSvgMatchesItsPngInChromium(@TempDir Path dir) throws Exception {
        assumeTrue(Chromium.installed(), "no chromium on this machine");
        Census census = BundledCensus.load();
        JFreeChart chart = CensusCharts.installed().require("region-domain").build(census,
                ChartContext.of(census, Locale.FRENCH));
        ChartSize size = new ChartSize(450, 480, 72);
        ChartWriter.write(chart, dir.resolve("c.svg"), ChartFormat.SVG, size);
        ChartWriter.write(chart, dir.resolve("c.png"), ChartFormat.PNG, size);
        Process chromium = Chromium.screenshot(dir.resolve("c.svg"), size, dir.resolve("shot.png"),
                dir.resolve("chromium.log"));
        assertThat(chromium.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        BufferedImage shot = ImageIO.read(dir.resolve("shot.png").toFile());
        BufferedImage java = ImageIO.read(dir.resolve("c.png").toFile());
        assertThat(shot).as(Files.readString(dir.resolve("chromium.log"))).isNotNull();
        // Anti-aliasing differs pixel by pixel; a label set in another font or in another place differs by far more.
        assertThat(Chromium.differingShare(java, shot)).isLessThan(0.08);
    }

    @Test
    void aHeatMapInSvgWithOutlinedTextMatchesItsPngInChromium(@TempDir Path dir) throws Exception {
        assumeTrue(Chromium.installed(), "no chromium on this machine");
        Census census = BundledCensus.load();
        JFreeChart chart = CensusCharts.installed().require("region-domain").build(census,
                ChartContext.of(census, Locale.FRENCH));
        ChartSize size = new ChartSize(450, 480, 72);
        try (var out = Files.newOutputStream(dir.resolve("c.svg"))) {
            ChartWriter.writeSvgWithOutlinedText(chart, out, size);
        }
        ChartWriter.write(chart, dir.resolve("c.png"), ChartFormat.PNG, size);
        Process chromium = Chromium.screenshot(dir.resolve("c.svg"), size, dir.resolve("shot.png"),
                dir.resolve("chromium.log"));
        assertThat(chromium.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        BufferedImage shot = ImageIO.read(dir.resolve("shot.png").toFile());
        BufferedImage java = ImageIO.read(dir.resolve("c.png").toFile());
        assertThat(shot).as(Files.readString(dir.resolve("chromium.log"))).isNotNull();
        // The outlines need no font: the labels land where Java drew them, as the text in the chart's font does.
        assertThat(Chromium.differingShare(java, shot)).isLessThan(0.08);
    }
}
