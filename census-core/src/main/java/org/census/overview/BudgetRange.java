package org.census.overview;

import java.math.BigDecimal;
import java.util.Objects;

import org.census.text.MoneyText;

/**
 * A sum of budgets stated as ranges: the low and high bounds add up separately, and the texts that state no figure
 * are counted apart, so that "Entre 40 000 et 60 000 €" and "/" both stay visible in a total.
 *
 * @param lowEur  the sum of the lower bounds
 * @param highEur the sum of the upper bounds
 * @param known   how many texts stated a figure
 * @param unknown how many did not
 */
public record BudgetRange(BigDecimal lowEur, BigDecimal highEur, int known, int unknown) {
    public static final BudgetRange EMPTY = new BudgetRange(BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);

    public BudgetRange {
        Objects.requireNonNull(lowEur, "lowEur");
        Objects.requireNonNull(highEur, "highEur");
    }

    public BudgetRange plus(MoneyText money) {
        if (!money.isKnown()) {
            return new BudgetRange(lowEur, highEur, known, unknown + 1);
        }
        return new BudgetRange(lowEur.add(money.lowEur().get()), highEur.add(money.highEur().get()), known + 1,
                unknown);
    }

    public BudgetRange plus(BudgetRange other) {
        return new BudgetRange(lowEur.add(other.lowEur), highEur.add(other.highEur), known + other.known,
                unknown + other.unknown);
    }

    public boolean isExact() {
        return lowEur.compareTo(highEur) == 0;
    }
}
