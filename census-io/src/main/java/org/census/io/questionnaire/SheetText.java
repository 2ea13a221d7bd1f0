package org.census.io.questionnaire;

import java.math.BigDecimal;

/** Small text helpers of the questionnaire reader. */
final class SheetText {
    private SheetText() {
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** A number as a person typed it: 1500, not 1500.0. */
    static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
