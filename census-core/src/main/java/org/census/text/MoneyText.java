package org.census.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.census.CensusLimits;

/**
 * A sum of money as a form states it, with its raw text and what could be read from it.
 *
 * <p>{@code amountsEur} lists the amounts the text names, in order (breakdowns introduced by "dont" excluded);
 * {@code low} and {@code high} bound the figure the text states: equal for one amount or a sum, apart for a range
 * ("Entre 1500 et 3000€") or for per-period figures. They are empty when the text states no figure ("/",
 * "Variable selon les projets").
 *
 * @param raw         the text, verbatim
 * @param amountsEur  the amounts named, in euros
 * @param lowEur      the lower bound of the stated figure
 * @param highEur     the upper bound of the stated figure
 * @param approximate true for "environ", "en moyenne", "~"
 * @param byPeriod    a per-period breakdown ("2012 : 87 331 €", "2013 : ...")
 * @param shares      co-financing shares ("50 % CAECE")
 * @param warnings    what the parser was unsure of, in English
 */
public record MoneyText(String raw, List<BigDecimal> amountsEur, Optional<BigDecimal> lowEur,
                        Optional<BigDecimal> highEur, boolean approximate, List<PeriodAmount> byPeriod,
                        List<Share> shares, List<String> warnings) {

    public MoneyText {
        Objects.requireNonNull(raw, "raw");
        amountsEur = amountsEur.stream().map(Amounts::normalise).toList();
        lowEur = lowEur.map(Amounts::normalise);
        highEur = highEur.map(Amounts::normalise);
        byPeriod = List.copyOf(byPeriod);
        shares = List.copyOf(shares);
        warnings = List.copyOf(warnings);
        // Within the limits, so that every writer can write the amounts and every reader read them back.
        amountsEur.forEach(a -> CensusLimits.requireNumber(a, "amountsEur"));
        lowEur.ifPresent(a -> CensusLimits.requireNumber(a, "lowEur"));
        highEur.ifPresent(a -> CensusLimits.requireNumber(a, "highEur"));
        if (lowEur.isPresent() != highEur.isPresent()) {
            throw new IllegalArgumentException("low and high bounds go together: " + raw);
        }
        if (lowEur.isPresent() && lowEur.get().compareTo(highEur.get()) > 0) {
            throw new IllegalArgumentException("low bound above high bound: " + raw);
        }
    }

    /** Parses a French money text; never throws on odd text. */
    public static MoneyText parse(String raw) {
        return MoneyParser.parse(raw);
    }

    /**
     * Parses an amount and its currency given apart, as a table gives them (a "Montant" cell, a "Devise" cell): the
     * raw text is the two joined by a space ("150000 XOF"), or the amount alone when the currency is blank. Euros
     * ("EUR", "€", "euros") read as {@link #parse(String)} does; CFA francs ("XOF", "FCFA", "F CFA") are converted at
     * the fixed parity, with a warning saying so; any other currency gives no figure and a warning naming it.
     */
    public static MoneyText parse(String amount, String currency) {
        String a = amount == null ? "" : amount.strip();
        String c = currency == null ? "" : currency.strip();
        if (c.isEmpty()) {
            return parse(a);
        }
        String raw = a.isEmpty() ? c : a + " " + c;
        if (!MoneyParser.isReadCurrency(c)) {
            return new MoneyText(raw, List.of(), Optional.empty(), Optional.empty(), false, List.of(), List.of(),
                    List.of("currency \"" + org.census.internal.Messages.cut(org.census.internal.Messages.oneLine(c), 40) + "\" is not read: only euros and"
                            + " CFA francs (XOF) are; the amount is kept as text"));
        }
        return parse(raw);
    }

    /** A text stating no figure, e.g. an unanswered cell. */
    public static MoneyText unknown(String raw) {
        return new MoneyText(raw, List.of(), Optional.empty(), Optional.empty(), false, List.of(), List.of(), List.of());
    }

    /** True when the text states a figure. */
    public boolean isKnown() {
        return lowEur.isPresent();
    }

    /** True when the text states a range rather than one figure. */
    public boolean isRange() {
        return isKnown() && lowEur.get().compareTo(highEur.get()) != 0;
    }

    /** The one figure stated, when low and high agree. */
    public Optional<BigDecimal> exactEur() {
        return isKnown() && !isRange() ? lowEur : Optional.empty();
    }
}
