package org.census.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * {@link LoneSurrogates#indexIn} finds what a walk by code points finds: the first surrogate that is not half of a
 * pair, in a String or any other CharSequence, whatever precedes it (ASCII, Latin-1, other BMP characters, characters
 * above the surrogates, pairs).
 */
class LoneSurrogatesProperties {

    /** The definition: walking by code points, a code point that is a surrogate is a lone one. */
    private static int byCodePoints(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.chars().range(' ', '~')),
                Tuple.of(2, Arbitraries.chars().range('\u00A0', '\u00FF')),
                Tuple.of(2, Arbitraries.chars().range('\u0100', '\uD7FF')),
                Tuple.of(2, Arbitraries.chars().range('\uD800', '\uDBFF')),
                Tuple.of(2, Arbitraries.chars().range('\uDC00', '\uDFFF')),
                Tuple.of(2, Arbitraries.chars().range('\uE000', '\uFFFF')));
        Arbitrary<String> pairs = Arbitraries.of("😀", "𝄞", "\uDBFF\uDFFF");
        return Arbitraries.oneOf(chars.map(String::valueOf), pairs).list().ofMaxSize(40)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 2000)
    void findsTheFirstLoneSurrogate(@ForAll("texts") String text) {
        int expected = byCodePoints(text);
        assertThat(LoneSurrogates.indexIn(text)).isEqualTo(expected);
        assertThat(LoneSurrogates.indexIn(new StringBuilder(text))).isEqualTo(expected);
    }

    @Example
    void casesAtTheEdges() {
        assertThat(LoneSurrogates.indexIn("")).isEqualTo(-1);
        assertThat(LoneSurrogates.indexIn("Ségou \uFFFD €")).isEqualTo(-1);
        assertThat(LoneSurrogates.indexIn("a\uD800")).isEqualTo(1);
        assertThat(LoneSurrogates.indexIn("\uDC00\uD800")).isEqualTo(0);
        assertThat(LoneSurrogates.indexIn("\uE000😀\uDFFF")).isEqualTo(3);
        assertThat(LoneSurrogates.indexIn("😀\uD83D")).isEqualTo(2);
    }
}
