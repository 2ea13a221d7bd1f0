package org.census.charts.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.census.bundled.BundledCensus;
import org.junit.jupiter.api.Test;

class ChartContextTest {
    private static final char THIN = '\u202F';
    private static final char NBSP = '\u00A0';
    private final ChartContext fr = ChartContext.of(BundledCensus.load(), Locale.FRENCH);
    private final ChartContext en = fr.withLocale(Locale.ENGLISH);

    @Test
    void frenchNumbersAreWrittenTheFrenchWay() {
        assertThat(fr.euros(new BigDecimal("98400"))).isEqualTo("98" + THIN + "400" + NBSP + "€");
        assertThat(fr.euros(new BigDecimal("81661.54"))).isEqualTo("81" + THIN + "661,54" + NBSP + "€");
        assertThat(fr.eurosShort(new BigDecimal("1200000"))).isEqualTo("1,2" + NBSP + "M€");
        assertThat(fr.eurosShort(new BigDecimal("2000000"))).isEqualTo("2" + NBSP + "M€");
        assertThat(fr.eurosShort(new BigDecimal("454250"))).isEqualTo("454" + NBSP + "k€");
        assertThat(fr.eurosShort(new BigDecimal("850"))).isEqualTo("850" + NBSP + "€");
        assertThat(fr.percent(48.0 / 53)).isEqualTo("91" + THIN + "%");
        assertThat(fr.count(1234)).isEqualTo("1" + THIN + "234");
        assertThat(fr.date(LocalDate.of(2012, 3, 22))).isEqualTo("22 mars 2012");
    }

    @Test
    void englishOnRequest() {
        assertThat(en.euros(new BigDecimal("98400"))).isEqualTo("€98,400");
        assertThat(en.eurosShort(new BigDecimal("1200000"))).isEqualTo("€1.2M");
        assertThat(en.eurosShort(new BigDecimal("45000"))).isEqualTo("€45k");
        assertThat(en.percent(0.5)).isEqualTo("50%");
        assertThat(en.date(LocalDate.of(2012, 3, 22))).isEqualTo("22 March 2012");
    }

    @Test
    void theSourceLineComesFromTheCensus() {
        assertThat(fr.sourceLine()).isEqualTo(BundledCensus.load().edition().sourceLine());
        assertThat(fr.sourceNote()).isEqualTo("Source" + NBSP + ": Cités Unies France, recensement 2013");
        assertThat(en.sourceNote()).isEqualTo("Source: Cités Unies France, recensement 2013");
        assertThat(new ChartContext(Locale.FRENCH, " ", ChartTheme.publication()).sourceNote()).isEmpty();
    }

    @Test
    void theEmbeddedFontHasEveryCharacterTheChartsWrite() {
        ChartTheme theme = ChartTheme.publication();
        String french = "éèêëàâçôûùœŒÉÈÎÏ€–’…≈−" + THIN + NBSP;
        assertThat(french.chars()).allSatisfy(c -> assertThat(theme.regular().canDisplay(c)).isTrue());
        assertThat(french.chars()).allSatisfy(c -> assertThat(theme.bold().canDisplay(c)).isTrue());
        assertThat(theme.regular().getFontName()).isEqualTo("Source Sans 3");
    }

    @Test
    void rampsGoFromLightToDark() {
        ChartTheme theme = ChartTheme.publication();
        assertThat(luminance(theme.ramp(0, 5))).isGreaterThan(luminance(theme.ramp(4, 5)));
        assertThat(theme.textOn(theme.ramp(4, 5))).isEqualTo(java.awt.Color.WHITE);
        assertThat(theme.textOn(theme.ramp(0, 5))).isEqualTo(theme.ink());
    }

    private static double luminance(java.awt.Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }
}
