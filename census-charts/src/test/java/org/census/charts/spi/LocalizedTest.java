package org.census.charts.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LocalizedTest {
    private static final Localized TITLE = new Localized("Partenariats par région", "Partnerships by region");

    @Test
    void frenchForAnyLocaleOfTheFrenchLanguageEnglishForAnyOther() {
        assertThat(TITLE.in(Locale.FRENCH)).isEqualTo("Partenariats par région");
        assertThat(TITLE.in(Locale.CANADA_FRENCH)).isEqualTo("Partenariats par région");
        assertThat(TITLE.in(Locale.forLanguageTag("fr-ML"))).isEqualTo("Partenariats par région");
        assertThat(TITLE.in(Locale.ENGLISH)).isEqualTo("Partnerships by region");
        assertThat(TITLE.in(Locale.GERMAN)).isEqualTo("Partnerships by region");
        assertThat(TITLE.in(Locale.ROOT)).isEqualTo("Partnerships by region");
        assertThat(Localized.language(Locale.forLanguageTag("fr-BE"))).isSameAs(Locale.FRENCH);
        assertThat(Localized.language(Locale.forLanguageTag("bm-ML"))).isSameAs(Locale.ENGLISH);
    }

    @Test
    void aContextUsesTheSameRule() {
        ChartContext bambara = new ChartContext(Locale.forLanguageTag("bm-ML"), "", ChartTheme.publication());
        assertThat(bambara.language()).isSameAs(Locale.ENGLISH);
        assertThat(bambara.text("oui", "yes")).isEqualTo("yes");
        assertThat(bambara.withLocale(Locale.CANADA_FRENCH).text("oui", "yes")).isEqualTo("oui");
    }

    @Test
    void bothTextsAreRequired() {
        assertThatThrownBy(() -> new Localized("Carte", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("english");
    }
}
