package org.census.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void cutKeepsShortTextsAndCutsLongOnesWithAnEllipsis() {
        assertThat(Messages.cut("sheet5.xml", 10)).isEqualTo("sheet5.xml");
        assertThat(Messages.cut("xl/worksheets/sheet5.xml", 10)).isEqualTo("xl/worksh…").hasSize(10);
        assertThat(Messages.cut(null, 10)).isEmpty();
    }

    /** A cut never leaves half of a character outside the Basic Multilingual Plane. */
    @Test
    void cutDoesNotSplitASurrogatePair() {
        String text = "abc\uD83D\uDE00def";
        assertThat(Messages.cut(text, 5)).isEqualTo("abc…");
        assertThat(Messages.cut(text, 6)).isEqualTo("abc\uD83D\uDE00…");
    }
}
