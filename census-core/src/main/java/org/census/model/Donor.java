package org.census.model;

import org.census.CensusLimits;
import java.math.BigDecimal;
import java.util.Objects;

import org.census.text.MoneyText;

/** A donor to a solidarity fund and the amount given, with the amount's raw text. */
public record Donor(String name, MoneyText amount) {
    public Donor {
        CensusLimits.requireText(Objects.requireNonNull(name, "name"), "name");
        CensusLimits.requireText(Objects.requireNonNull(amount, "amount").raw(), "amount");
    }

    /** The amount in euros, zero when the text states none. */
    public BigDecimal amountEur() {
        return amount.exactEur().orElse(BigDecimal.ZERO);
    }
}
