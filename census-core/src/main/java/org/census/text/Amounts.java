package org.census.text;

import java.math.BigDecimal;

/** Euro amounts compare by value, so that 73000 and 73000.00 read from two formats are equal. */
final class Amounts {
    private Amounts() {
    }

    static BigDecimal normalise(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
