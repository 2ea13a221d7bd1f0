package org.census.publication.internal.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The wording files: the same keys in both languages, every template formats, plurals right. */
class WordingTest {
    private static final Locale[] LANGUAGES = {Locale.FRENCH, Locale.ENGLISH};

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(Wording.of(Locale.ENGLISH).keys()).isNotEmpty()
                .isEqualTo(Wording.of(Locale.FRENCH).keys());
    }

    @Test
    void everyTemplateFormatsWithNumbersWhereItCountsAndTextElsewhere() {
        for (Locale language : LANGUAGES) {
            Properties patterns = Wording.load(language);
            for (String key : patterns.stringPropertyNames()) {
                String pattern = patterns.getProperty(key);
                // A straight apostrophe is MessageFormat's quote: it would swallow text, so the files use ’.
                assertThat(pattern).as(language + " " + key).doesNotContain("'");
                Format[] formats = new MessageFormat(pattern, language).getFormatsByArgumentIndex();
                for (int n : new int[] {0, 1, 2, 1234}) {
                    Object[] args = new Object[formats.length];
                    for (int i = 0; i < formats.length; i++) {
                        boolean counts = formats[i] instanceof ChoiceFormat || formats[i] instanceof NumberFormat;
                        args[i] = counts ? (Object) n : "«" + i + "»";
                    }
                    String text = Wording.of(language).get(key, args);
                    assertThat(text).as(language + " " + key + " with " + n).doesNotContain("{", "}").isNotBlank();
                    for (int i = 0; i < formats.length; i++) {
                        if (!(args[i] instanceof Integer) && pattern.contains("{" + i + "}")) {
                            assertThat(text).as(language + " " + key).contains("«" + i + "»");
                        }
                    }
                }
            }
        }
    }

    @Test
    void pluralsAndZeroInBothLanguages() {
        Wording fr = Wording.of(Locale.FRENCH);
        Wording en = Wording.of(Locale.ENGLISH);
        assertThat(fr.get("figure.partnerships", 0)).isEqualTo("aucun partenariat");
        assertThat(fr.get("figure.partnerships", 1)).isEqualTo("1 partenariat");
        assertThat(fr.get("figure.partnerships", 2)).isEqualTo("2 partenariats");
        assertThat(en.get("figure.partnerships", 1)).isEqualTo("1 partnership");
        assertThat(en.get("figure.partnerships", 1234)).isEqualTo("1,234 partnerships");
        assertThat(fr.get("sentence.budget", "2013", 29, 1, 0, 3)).isEqualTo("29 ont maintenu leur budget 2013, "
                + "1 l’a augmenté, aucune ne l’a réduit ; 3 n’en ont pas précisé l’évolution.");
        assertThat(en.get("sentence.budget", "2013", 1, 7, 5, 0)).isEqualTo("1 has maintained its 2013 budget, "
                + "7 have increased it, 5 have reduced it; all have said which way it went.");
    }

    @Test
    void datesAsEachLanguageWritesThem() {
        assertThat(Wording.of(Locale.FRENCH).date(LocalDate.of(2012, 3, 22))).isEqualTo("22 mars 2012");
        assertThat(Wording.of(Locale.FRENCH).date(LocalDate.of(2013, 9, 1))).isEqualTo("1er septembre 2013");
        assertThat(Wording.of(Locale.ENGLISH).date(LocalDate.of(2013, 9, 1))).isEqualTo("1 September 2013");
        assertThat(Wording.of(Locale.GERMAN).locale()).isEqualTo(Locale.ENGLISH);
    }
}
