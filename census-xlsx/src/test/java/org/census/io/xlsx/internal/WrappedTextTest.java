package org.census.io.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrappedTextTest {
    @Test
    void aTextTakesALinePerLineBreakAndPerWidthOfCharacters() {
        // 10 units of width hold 12 characters a line.
        assertThat(WrappedText.lines("", 10)).isEqualTo(1);
        assertThat(WrappedText.lines("x".repeat(12), 10)).isEqualTo(1);
        assertThat(WrappedText.lines("x".repeat(13), 10)).isEqualTo(2);
        assertThat(WrappedText.lines("a\nb\n", 10)).isEqualTo(3);
        assertThat(WrappedText.lines("x".repeat(25) + "\nb", 10)).isEqualTo(4);
        assertThat(WrappedText.lines("abc", 0.5)).isEqualTo(3);
    }

    @Test
    void aRowIsALineTallPerLineAtMostTheTallestASpreadsheetAllows() {
        assertThat(WrappedText.points(1)).isEqualTo(15);
        assertThat(WrappedText.points(3)).isEqualTo(45);
        assertThat(WrappedText.points(0)).isEqualTo(15);
        assertThat(WrappedText.points(1_000_000)).isEqualTo(409);
    }
}
