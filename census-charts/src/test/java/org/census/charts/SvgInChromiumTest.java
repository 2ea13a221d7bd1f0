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
 * measured it, because the SVG carries its font. Runs where Debian's chromium is installed, is skipped elsewhere.
 */
class SvgInChromiumTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void aHeatMapInSvgMatchesItsPngInChromium(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no chromium on this machine");
        Census census = BundledCensus.load();
        JFreeChart chart = CensusCharts.installed().require("region-domain").build(census,
                ChartContext.of(census, Locale.FRENCH));
        ChartSize size = new ChartSize(450, 480, 72);
        ChartWriter.write(chart, dir.resolve("c.svg"), ChartFormat.SVG, size);
        ChartWriter.write(chart, dir.resolve("c.png"), ChartFormat.PNG, size);
        // At 72 DPI a point is a pixel; the SVG is sized in points, which a browser draws at 96 per inch.
        double zoom = 72.0 / 96;
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--force-device-scale-factor=" + zoom, "--window-size=600,640",
                "--screenshot=" + dir.resolve("shot.png"), dir.resolve("c.svg").toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertThat(chromium.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        BufferedImage shot = ImageIO.read(dir.resolve("shot.png").toFile());
        BufferedImage java = ImageIO.read(dir.resolve("c.png").toFile());
        assertThat(shot).as(Files.readString(dir.resolve("chromium.log"))).isNotNull();
        int differing = 0;
        int inked = 0;
        for (int y = 0; y < java.getHeight(); y++) {
            for (int x = 0; x < java.getWidth(); x++) {
                int a = java.getRGB(x, y);
                int b = x < shot.getWidth() && y < shot.getHeight() ? shot.getRGB(x, y) : 0xFFFFFF;
                if (a != -1) {
                    inked++;
                }
                if (distance(a, b) > 96) {
                    differing++;
                }
            }
        }
        // Anti-aliasing differs pixel by pixel; a label set in another font or in another place differs by far more.
        assertThat((double) differing / inked).isLessThan(0.08);
    }

    private static int distance(int a, int b) {
        return Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF)) + Math.abs((a >> 8 & 0xFF) - (b >> 8 & 0xFF))
                + Math.abs((a & 0xFF) - (b & 0xFF));
    }
}
