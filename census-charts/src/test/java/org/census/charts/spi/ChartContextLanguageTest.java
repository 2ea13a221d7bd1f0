package org.census.charts.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A chart context chooses its language by the one rule of {@link org.census.text.Label}. */
class ChartContextLanguageTest {

    @Test
    void aContextUsesTheLabelRule() {
        ChartContext bambara = new ChartContext(Locale.forLanguageTag("bm-ML"), "", ChartTheme.publication());
        assertThat(bambara.language()).isSameAs(Locale.ENGLISH);
        assertThat(bambara.text("oui", "yes")).isEqualTo("yes");
        assertThat(bambara.withLocale(Locale.CANADA_FRENCH).text("oui", "yes")).isEqualTo("oui");
    }
}
