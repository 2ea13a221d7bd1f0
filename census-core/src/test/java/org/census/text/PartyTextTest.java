package org.census.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import org.census.bundled.BundledCensus;
import org.census.testing.BundledPartyExceptions;
import org.census.internal.FrenchText;
import org.census.model.AuthorityKind;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.model.PartyRole;
import org.census.model.PlaceLevel;

class PartyTextTest {
    /** For every party of the bundled census, its raw text parsed alone: what disagrees with the census, by raw. */
    static Map<String, String> disagreements() {
        Map<String, String> out = new TreeMap<>();
        for (Partnership p : BundledCensus.load().partnerships()) {
            compare(p.frenchParties(), PartyText::french, false, out);
            compare(p.partnerParties(), PartyText::partner, true, out);
            compare(p.thirdCountryParties(), t -> PartyText.thirdCountry(t,
                    p.thirdCountryParties().get(0).country().orElseThrow()), false, out);
        }
        return out;
    }

    private static void compare(List<Party> recorded, Function<String, List<Party>> parse, boolean placed,
                                Map<String, String> out) {
        // Parties that share their raw text were named together on one line ("COMMUNES III, V ET VI DE BAMAKO").
        for (int i = 0; i < recorded.size(); ) {
            String raw = recorded.get(i).raw();
            int j = i;
            while (j < recorded.size() && recorded.get(j).raw().equals(raw)) {
                j++;
            }
            List<Party> expected = recorded.subList(i, j);
            List<Party> parsed = parse.apply(raw);
            i = j;
            if (parsed.size() != expected.size()) {
                out.put(raw, parsed.size() + " parties, the census has " + expected.size());
                continue;
            }
            for (int k = 0; k < parsed.size(); k++) {
                Party want = expected.get(k);
                Party got = parsed.get(k);
                assertThat(got.raw()).isEqualTo(raw);
                if (got.kind() != want.kind()) {
                    out.put(raw, "kind " + got.kind() + ", the census has " + want.kind());
                } else if (!placed && !got.place().isEmpty()) {
                    out.put(raw, "place " + got.place() + " for a party the census places nowhere");
                } else if (!folded(want.place()).containsAll(folded(got.place()))) {
                    out.put(raw, "place " + got.place() + ", the census has " + want.place());
                }
            }
        }
    }

    private static List<String> folded(List<PlaceLevel> place) {
        return place.stream().map(l -> l.level() + "=" + FrenchText.fold(l.name())).toList();
    }

    @Test
    void everyBundledPartyParsesToItsKindAndPlaceBarTheListedExceptions() {
        assertThat(disagreements()).containsOnlyKeys(BundledPartyExceptions.EXCEPTIONS.keySet());
    }

    @Test
    void readsWhatASpreadsheetCellSaysOfAParty() {
        assertThat(PartyText.french("Ville d'Angers")).containsExactly(new Party("Angers", "Ville d'Angers",
                AuthorityKind.MUNICIPALITY, PartyRole.PARTY, List.of(), Optional.empty()));
        assertThat(PartyText.french("CONSEIL GENERAL DU VAL-DE-MARNE").get(0).name())
                .isEqualTo("Conseil général du Val-de-Marne");
        assertThat(PartyText.french("Région Centre").get(0).kind()).isEqualTo(AuthorityKind.REGION);
        assertThat(PartyText.french("Communauté de communes du Pays de Lunel").get(0).kind())
                .isEqualTo(AuthorityKind.INTERMUNICIPALITY);
        assertThat(PartyText.partner("CU de Bamako").get(0).kind()).isEqualTo(AuthorityKind.INTERMUNICIPALITY);
        assertThat(PartyText.french("Syndicat mixte du Val d'Oise").get(0).kind())
                .isEqualTo(AuthorityKind.SYNDICATE);
        assertThat(PartyText.partner("Commune de Ouélessébougou (cercle de Kati, région de Koulikoro)"))
                .containsExactly(new Party("Ouélessébougou",
                        "Commune de Ouélessébougou (cercle de Kati, région de Koulikoro)", AuthorityKind.MUNICIPALITY,
                        PartyRole.PARTY, List.of(new PlaceLevel("region", "Koulikoro"), new PlaceLevel("cercle", "Kati"),
                        new PlaceLevel("commune", "Ouélessébougou")), Optional.empty()));
        assertThat(PartyText.partner("Cercle de Kati").get(0).place())
                .containsExactly(new PlaceLevel("cercle", "Kati"));
        assertThat(PartyText.partner("Mairie de Kita").get(0).name()).isEqualTo("Kita");
    }

    @Test
    void aLineMayNameSeveralCommunes() {
        assertThat(PartyText.partner("COMMUNES III, V ET VI DE BAMAKO")).extracting(Party::name)
                .containsExactly("Commune III de Bamako", "Commune V de Bamako", "Commune VI de Bamako");
        assertThat(PartyText.partner("Communes de Siby et de Bancoumana (cercle de Kati)"))
                .extracting(p -> p.placeAt("commune").orElseThrow()).containsExactly("Siby", "Bancoumana");
    }

    @Test
    void anAssociationBesideAnAuthorityAccompaniesIt() {
        List<Party> side = PartyText.french("Ville de Lille\nComité de jumelage Lille-Bamako\n"
                + "Coordinateur du partenariat : Réseau Mali-Nord");
        assertThat(side).extracting(Party::kind, Party::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AuthorityKind.MUNICIPALITY, PartyRole.PARTY),
                org.assertj.core.groups.Tuple.tuple(AuthorityKind.ASSOCIATION, PartyRole.ASSOCIATED),
                org.assertj.core.groups.Tuple.tuple(AuthorityKind.NETWORK, PartyRole.COORDINATOR));
        assertThat(PartyText.french("Comité de jumelage de Saint-Michel-sur-Orge").get(0).role())
                .isEqualTo(PartyRole.PARTY);
    }

    @Test
    void aThirdCountrysPartyCarriesItsCountry() {
        assertThat(PartyText.thirdCountry("Ville de Dakar", "SN")).containsExactly(new Party("Dakar",
                "Ville de Dakar", AuthorityKind.MUNICIPALITY, PartyRole.PARTY, List.of(), Optional.of("SN")));
    }

    @Test
    void blankLinesNameNobody() {
        assertThat(PartyText.partner(" \n/\n")).isEmpty();
        assertThat(PartyText.french(null)).isEmpty();
    }
}
