package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 10: escape sequences in a census could clear the screen, set the window title or forge table lines. */
class TerminalTextTest {

    @Test
    void controlsAndBidiOverridesBecomeVisibleReplacementCharacters() {
        assertThat(TerminalText.safe("Kayes\u001b[2J\u001b]0;pwned\u0007"))
                .isEqualTo("Kayes\uFFFD[2J\uFFFD]0;pwned\uFFFD");
        assertThat(TerminalText.safe("a\rforged\nline\tx\u007f\u0085"))
                .isEqualTo("a\uFFFDforged\uFFFDline\uFFFDx\uFFFD\uFFFD");
        assertThat(TerminalText.safe("evil\u202Etxt.exe\u2066")).isEqualTo("evil\uFFFDtxt.exe\uFFFD");
    }

    @Test
    void ordinaryFrenchTextIsTheSameString() {
        String text = "Ségou — 98\u202F400\u00A0€ « Maliance » Œuvre";
        assertThat(TerminalText.safe(text)).isSameAs(text);
    }

    @Test
    void tablesPrintNoControlCharacter() {
        String printed = new TextTable(java.util.List.of("Région", "n")).row(java.util.List.of("Gao\u001b[31m", "3"))
                .toText();
        assertThat(printed).doesNotContain("\u001b").contains("Gao\uFFFD[31m");
    }
}
