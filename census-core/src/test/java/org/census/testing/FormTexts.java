package org.census.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import org.census.bundled.BundledCensus;
import org.census.model.Action;
import org.census.model.Census;
import org.census.model.Partnership;

/**
 * Texts to throw at the free-text parsers: the raw texts of the bundled census, pieces of the forms' wording (numbers
 * in every shape, units, months, connectors, brackets) strung together in random order, and hard cases (empty,
 * whitespace, astral characters, lone surrogates, "1e999", digit strings thousands long).
 */
public final class FormTexts {
    private static final List<String> BUNDLED = bundledRaws(BundledCensus.load());

    /** Pieces of wording the parsers react to, to be strung together; each alone is a hard case too. */
    private static final List<String> PIECES = List.of(
            "", " ", "  ", "\n", "\t", "\u00A0", "\u202F", "\u2009", ";", ":", "=", ",", ".", "/", "-", "–", "—",
            "(", ")", "((", "))", "[", "%", "€", "€ ", " €", "euros", "EUR", "K€", "k €", "keur", "M€", "millions",
            "million d'euros", "x", "×", "*", "+", "~", "dont", "entre", "Entre", "et", "à", "a", "au", "jusqu'au",
            "environ", "en", "pour", "budget", "diminution de", "augmentation d'", "par an", "/an", "ans", "mois",
            "1e999", "-1", "0", "00", "1", "2", "9", "13", "20", "21", "29", "30", "31", "32", "99", "1er", "1ère",
            "2012", "2013", "1950", "2050", "1899", "9999", "0000", "2012-2013", "2013 :", "2012-13", "1 500",
            "25 000", "1 241 219", "52286.74", "35 381,54", "6.000", "1.000.000", "1,2", "0,5", "12.5", "17/05/13",
            "31/02/13", "29/02/2013", "00/00/00", "99/99/9999", "12/2012", "1/2", "janvier", "Janv.", "fév.",
            "février", "mars", "mai", "juin", "Sept.", "août", "décembre", "printemps", "été", "hiver", "automne",
            "1er semestre", "second semestre", "4e trimestre", "dernier trimestre", "semestre", "trimestre",
            "En cours", "depuis", "à partir de", "dès", "à ce jour", "prévu", "OUI", "NON", "Oui mais", "reprise",
            "mise en sommeil", "Maintien", "Diminution", "hausse", "baisse", "renouvellement", "sans renouvellement",
            "Total", "CAECE", "MAE", "😀", "𝄞", "\uD800", "\uDC00", "\u0301", "œ", "Œ", "İ", "\u212A", "ſ", "١٢",
            "１２", "\u0000", "\uFFFF");

    private FormTexts() {
    }

    /** Every kind of text above, mixed. */
    public static Arbitrary<String> any() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.strings().ofMaxLength(60)),
                Tuple.of(2, Arbitraries.of(BUNDLED)),
                Tuple.of(5, wording()),
                Tuple.of(1, bundledRemixed()),
                Tuple.of(1, huge()));
    }

    /** Pieces of the forms' wording strung together, with or without spaces between them. */
    public static Arbitrary<String> wording() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> glue = Arbitraries.of("", " ", " ", "\n");
        return piece.flatMap(p -> glue.map(g -> p + g)).list().ofMaxSize(14).map(l -> String.join("", l));
    }

    /** A bundled raw text with pieces of wording put in the middle of it. */
    private static Arbitrary<String> bundledRemixed() {
        return Arbitraries.of(BUNDLED).flatMap(raw -> wording().flatMap(w -> Arbitraries.integers()
                .between(0, raw.length()).map(at -> raw.substring(0, at) + w + raw.substring(at))));
    }

    /**
     * Long runs of one piece, between pieces of wording: "5 € 2012 2012 ...", "5 % ------x", a digit string thousands
     * long. A search that is quadratic shows as a property that takes minutes.
     */
    private static Arbitrary<String> huge() {
        Arbitrary<String> unit = Combinators.combine(Arbitraries.of(PIECES), Arbitraries.of("", " ", "\n"))
                .as(String::concat).filter(u -> !u.isEmpty());
        Arbitrary<String> run = Combinators.combine(unit, Arbitraries.integers().between(1_000, 20_000))
                .as((u, n) -> u.repeat(Math.max(1, n / u.length())));
        return Combinators.combine(wording(), run, wording()).as((before, r, after) -> before + r + after);
    }

    /** Every raw text a form of the census holds, in the order of the census. */
    public static List<String> bundledRaws(Census census) {
        List<String> raws = new ArrayList<>();
        for (Partnership p : census.partnerships()) {
            Stream.of(p.sourceSection(), p.updated().raw(), p.formalisation().raw(), p.governingDocument().raw(),
                    p.annualBudget().raw(), p.continuation().raw(), p.budgetTrend().raw(), p.localMeans(),
                    p.perspectives()).forEach(raws::add);
            raws.addAll(p.regions());
            raws.addAll(p.notes());
            p.parties().forEach(party -> raws.add(party.raw()));
            for (Action a : p.actions()) {
                Stream.of(a.number(), a.domain().raw(), a.description(), a.period().raw(), a.budget().raw(), a.note())
                        .forEach(raws::add);
            }
        }
        census.solidarityFund().ifPresent(f -> f.donors().forEach(d -> raws.add(d.amount().raw())));
        census.statedFigures().forEach(f -> raws.add(f.raw()));
        return List.copyOf(raws);
    }
}
