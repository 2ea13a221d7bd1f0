package org.census.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LabelTest {
    private static final Label TITLE = new Label("Partenariats par région", "Partnerships by region");

    @Test
    void frenchForAnyLocaleOfTheFrenchLanguageEnglishForAnyOther() {
        assertThat(TITLE.in(Locale.FRENCH)).isEqualTo("Partenariats par région");
        assertThat(TITLE.in(Locale.CANADA_FRENCH)).isEqualTo("Partenariats par région");
        assertThat(TITLE.in(Locale.forLanguageTag("fr-ML"))).isEqualTo("Partenariats par région");
        assertThat(TITLE.in(Locale.ENGLISH)).isEqualTo("Partnerships by region");
        assertThat(TITLE.in(Locale.GERMAN)).isEqualTo("Partnerships by region");
        assertThat(TITLE.in(Locale.ROOT)).isEqualTo("Partnerships by region");
        assertThat(Label.language(Locale.forLanguageTag("fr-BE"))).isSameAs(Locale.FRENCH);
        assertThat(Label.language(Locale.forLanguageTag("bm-ML"))).isSameAs(Locale.ENGLISH);
    }

    @Test
    void bothTextsAreRequired() {
        assertThatThrownBy(() -> new Label("Carte", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("en");
    }
}
