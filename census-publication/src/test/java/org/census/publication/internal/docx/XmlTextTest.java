package org.census.publication.internal.docx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void stripsWhatXml10ForbidsAndKeepsTheRest() {
        assertThat(XmlText.fit("a\u0000b\u0001c\u001Fd\uFFFEe\uFFFFf")).isEqualTo("abcdef");
        assertThat(XmlText.fit("tab\there\nline")).isEqualTo("tab\there\nline");
        assertThat(XmlText.fit("é ü « » € \u202F")).isEqualTo("é ü « » € \u202F");
    }

    @Test
    void dropsLoneSurrogatesButKeepsPairs() {
        assertThat(XmlText.fit("x\uD800y")).isEqualTo("xy");
        assertThat(XmlText.fit("x\uDC00y")).isEqualTo("xy");
        assertThat(XmlText.fit("end\uD800")).isEqualTo("end");
        assertThat(XmlText.fit("clef \uD834\uDD1E")).isEqualTo("clef \uD834\uDD1E");
        assertThat(XmlText.fit("\uDD1E\uD834")).isEmpty();
    }

    @Test
    void carriageReturnsBecomeLineFeeds() {
        assertThat(XmlText.fit("a\r\nb\rc")).isEqualTo("a\nb\nc");
    }

    @Test
    void aCleanTextIsReturnedAsItIs() {
        String clean = "Conseil général de l'Allier";
        assertThat(XmlText.fit(clean)).isSameAs(clean);
    }
}
