package org.census.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import org.census.CensusLimits;
import org.census.model.Party;

/** Laws of {@link PartyText}: any text within the limits reads without an exception, raw kept, names stable. */
class PartyTextProperties {
    @Property(tries = 300)
    void anyTextReadsWithItsLinesKeptVerbatim(@ForAll @StringLength(max = 200) String text) {
        for (List<Party> side : List.of(PartyText.french(text), PartyText.partner(text),
                PartyText.thirdCountry(text, "SN"))) {
            for (Party p : side) {
                assertThat(text.lines().map(String::strip)).contains(p.raw());
                assertThat(p.name()).isNotBlank();
            }
        }
    }

    @Property(tries = 300)
    void formLikeTextReadsWithItsLinesKept(@ForAll("partyLines") String text) {
        List<Party> parties = PartyText.partner(text);
        assertThat(parties).isNotEmpty();
        parties.forEach(p -> assertThat(text.lines().map(String::strip)).contains(p.raw()));
    }

    /** A party's name read again is the same party's name: what the parser writes, it reads back. */
    @Property(tries = 300)
    void aNameReadsBackAsItself(@ForAll("partyLines") String line) {
        for (Party p : PartyText.french(line)) {
            Party again = PartyText.french(p.name()).get(0);
            assertThat(again.name()).isEqualTo(p.name());
        }
    }

    @Property(tries = 10)
    void aTextAtTheLimitReadsInBoundedTime(@ForAll("hostile") String text) {
        long start = System.nanoTime();
        PartyText.partner(text);
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Provide
    Arbitrary<String> partyLines() {
        Arbitrary<String> head = Arbitraries.of("", "Ville de ", "MAIRIE D'", "Commune rurale de ", "Cercle de ",
                "CONSEIL GENERAL DU ", "Conseil régional de ", "Association ", "Comité de jumelage de ",
                "Syndicat ", "Communauté de communes du ", "Région ", "Village de ", "GRAND ");
        Arbitrary<String> place = Arbitraries.of("Kati", "KAYES", "Ségou", "Nioro-du-Sahel", "SAINT DENIS",
                "l'Allier", "La Bresse", "Ouélessébougou", "PAYS DE LUNEL");
        Arbitrary<String> qualifier = Arbitraries.of("", " (cercle de Kati)", " (Région de Mopti)",
                ", commune de Siby, région de Koulikoro", " (AJAK)");
        return Combinators.combine(head, place, qualifier).as((h, p, q) -> h + p + q);
    }

    @Provide
    Arbitrary<String> hostile() {
        int n = CensusLimits.MAX_TEXT_LENGTH;
        return Arbitraries.of("(".repeat(n / 2) + ")".repeat(n / 2), "Commune de " + "a, ".repeat(n / 3 - 4),
                "a (cercle de b)".repeat(n / 16), "Communes " + "V, ".repeat(n / 3 - 5) + "de X",
                "x".repeat(n), " ,".repeat(n / 2), "İ".repeat(n), "COMMUNE DE " + "İ".repeat(n - 30) + " (CERCLE DE X)");
    }
}
