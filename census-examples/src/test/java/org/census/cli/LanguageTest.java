package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which language the tool speaks: the one asked for in any case, else the system's, French when it says nothing. */
class LanguageTest {

    @Test
    void aCOrPosixLocaleMeansFrench() {
        for (String c : new String[] {"C", "POSIX", "C.UTF-8", "C.utf8"}) {
            assertThat(Texts.systemLanguage(Map.of("LANG", c), Locale.US)).as(c).isEqualTo(Locale.FRANCE);
        }
    }

    @Test
    void anEnglishSystemMeansEnglishAndTheOrderOfTheVariablesHolds() {
        assertThat(Texts.systemLanguage(Map.of("LANG", "en_GB.UTF-8"), Locale.FRANCE)).isEqualTo(Locale.UK);
        assertThat(Texts.systemLanguage(Map.of("LANG", "en_US.UTF-8", "LC_ALL", "fr_FR.UTF-8"), Locale.US))
                .isEqualTo(Locale.FRANCE);
        assertThat(Texts.systemLanguage(Map.of("LANG", "fr_FR", "LC_MESSAGES", "en_US"), Locale.FRANCE))
                .isEqualTo(Locale.UK);
        // No variable at all (Windows): the JVM's default.
        assertThat(Texts.systemLanguage(Map.of(), Locale.UK)).isEqualTo(Locale.UK);
        assertThat(Texts.systemLanguage(Map.of(), Locale.GERMANY)).isEqualTo(Locale.FRANCE);
    }

    @Test
    void langIsCaseInsensitiveAndAnUnsupportedOneIsRefusedWithTheList() {
        assertThat(CensusCommandTest.run("overview", "--lang", "EN").out()).contains("Distinct partnerships");
        var r = CensusCommandTest.run("overview", "--lang", "de");
        assertThat(r.code()).isNotZero();
        assertThat(r.err().strip()).isEqualTo("census: --lang de: census speaks en, fr");
    }
}
