package org.census.model;

import java.math.BigDecimal;
import java.util.Objects;

import org.census.text.MoneyText;

/** A donor to a solidarity fund and the amount given, with the amount's raw text. */
public record Donor(String name, MoneyText amount) {
    public Donor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(amount, "amount");
    }

    /** The amount in euros, zero when the text states none. */
    public BigDecimal amountEur() {
        return amount.exactEur().orElse(BigDecimal.ZERO);
    }
}
