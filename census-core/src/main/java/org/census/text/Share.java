package org.census.text;

import java.math.BigDecimal;
import java.util.Objects;

/** A co-financing share stated in a budget text: "50 % CAECE" is 50 percent by CAECE. */
public record Share(BigDecimal percent, String funder) {
    public Share {
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(funder, "funder");
        percent = Amounts.normalise(percent);
        funder = funder.strip();
    }
}
