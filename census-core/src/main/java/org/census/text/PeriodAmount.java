package org.census.text;

import java.math.BigDecimal;
import java.util.Objects;

import org.census.CensusLimits;

/** One line of a per-period budget breakdown: "2012 : 87 331 €" is 87 331 euros for the period "2012". */
public record PeriodAmount(String period, BigDecimal amountEur) {
    public PeriodAmount {
        Objects.requireNonNull(period, "period");
        amountEur = Amounts.normalise(CensusLimits.requireNumber(Objects.requireNonNull(amountEur, "amountEur"),
                "amountEur"));
    }
}
