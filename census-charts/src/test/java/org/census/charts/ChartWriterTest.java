package org.census.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.census.bundled.BundledCensus;
import org.census.charts.spi.CensusChart;
import org.census.model.Census;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One chart into one file in one call, at a size that suits its shape (issue 14, point 11). */
class ChartWriterTest {
    private static final Census CENSUS = BundledCensus.load();

    @TempDir
    Path dir;

    @Test
    void oneCallDrawsAChartAsTallAsItAsksInTheCensussLanguage() throws Exception {
        CensusChart map = CensusCharts.installed().require("map");
        assertThat(map.relativeHeight()).isEqualTo(1.25);
        Path file = dir.resolve("sub/map.png");

        ChartWriter.write(map, CENSUS, file, ChartFormat.PNG);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(ChartSize.PRINT.pixelWidth()).isEqualTo(1890);
        assertThat(image.getHeight()).isEqualTo(ChartSize.PRINT.taller(1.25).pixelHeight()).isEqualTo(1575);
    }

    @Test
    void theFullCallTakesABaseSizeAndALanguage() throws Exception {
        CensusChart fund = CensusCharts.installed().require("solidarity-fund");
        Path file = dir.resolve("fund.svg");

        ChartWriter.write(fund, CENSUS, file, ChartFormat.SVG, ChartSize.SCREEN, Locale.ENGLISH);

        String svg = Files.readString(file);
        assertThat(svg).contains("<title>Solidarity fund: donors</title>").doesNotContain("Fonds de solidarité");
        Matcher viewBox = Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"").matcher(svg);
        assertThat(viewBox.find()).isTrue();
        assertThat(Double.parseDouble(viewBox.group(1))).isCloseTo(ChartSize.SCREEN.width(), within(0.01));
        assertThat(Double.parseDouble(viewBox.group(2))).isCloseTo(ChartSize.SCREEN.height() * 1.3, within(0.01));
    }
}
