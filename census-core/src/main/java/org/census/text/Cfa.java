package org.census.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The CFA franc of West Africa (XOF), pegged to the euro: 655.957 XOF are 1 EUR, a fixed parity (that of the French
 * franc at the euro's birth), so the conversion is exact arithmetic, not a day's rate. Amounts are rounded to the
 * cent, half up: a census holds euros as the forms state them, and a form states cents at most.
 */
final class Cfa {
    static final BigDecimal XOF_PER_EUR = new BigDecimal("655.957");
    static final String CONVERTED = "amounts in CFA francs converted to euros at the fixed parity of 655.957 XOF "
            + "for 1 EUR, rounded to the cent";
    static final String BESIDE_EUROS = "amounts in CFA francs beside amounts in euros are read as restating them and "
            + "are not added";

    private Cfa() {
    }

    static BigDecimal toEuros(BigDecimal xof) {
        return xof.divide(XOF_PER_EUR, 2, RoundingMode.HALF_UP);
    }

    /** The ISO code of a currency as a text writes it ("$", "dollars", "£", "CHF"). */
    static String currencyOf(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        if (w.contains("$") || w.contains("usd") || w.contains("dollar")) {
            return "USD";
        }
        if (w.contains("£") || w.contains("gbp") || w.contains("livre")) {
            return "GBP";
        }
        return "CHF";
    }
}
