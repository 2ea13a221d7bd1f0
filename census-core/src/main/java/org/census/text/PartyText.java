package org.census.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.census.model.Party;

/**
 * Reads what a form or a spreadsheet cell says of the parties on one side of a partnership ("Ville d'Angers",
 * "CONSEIL GENERAL DE L'ALLIER", "Commune de Ouélessébougou (cercle de Kati, région de Koulikoro)", "Maître d'œuvre
 * délégué : ARCADE") into parties: kind, usual name, place levels and role, each with its line of the text kept
 * verbatim as its raw text. One line names one party, or several ("Communes de Djélébou, Karakoro et Sahel",
 * "Communes III, V et VI de Bamako"). Never throws on a text within {@link org.census.CensusLimits}.
 *
 * <p>The words that tell a kind are data ({@code party-kinds-fr.tsv} beside this class); the grammar around them
 * (roles, articles, places in brackets or after commas, lists) is code. A name with no such word is a municipality
 * (the forms name communes bare: "GAO", "MAXEVILLE"); a bare name qualified by its commune ("SELINKEGNY (Commune de
 * Bafoulabe)") is a village. An association named beside an authority of the same side is
 * {@link org.census.model.PartyRole#ASSOCIATED}; a role stated in the text ("Coordinateur du partenariat :") wins.
 */
public final class PartyText {
    private PartyText() {
    }

    /** The French parties a text names, one a line. A census records no place for them. */
    public static List<Party> french(String text) {
        return PartyParser.parties(text, false, Optional.empty());
    }

    /**
     * The partner country's parties a text names, one a line, with the place levels the text states ("region",
     * "cercle", "commune", "village", coarse to fine): those of the brackets and of its kind's words ("Cercle de
     * Kati" sits in cercle Kati), and for a municipality named bare, its commune.
     */
    public static List<Party> partner(String text) {
        return PartyParser.parties(text, true, Optional.empty());
    }

    /** The parties of a third country (ISO 3166 alpha-2, e.g. "SN") a text names, one a line; no place. */
    public static List<Party> thirdCountry(String text, String country) {
        return PartyParser.parties(text, false, Optional.of(Objects.requireNonNull(country, "country")));
    }
}
