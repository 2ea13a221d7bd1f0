package org.census.io.sheets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

import org.census.io.xlsx.internal.ExcelDateSystem;

/** Number and date cells as the texts the sheet SPI gives them, the same for xlsx, xls and ods. */
final class CellValues {
    /** Spreadsheets show and keep 15 significant digits: 0.1 + 0.2 is 0.3 there, not 0.30000000000000004. */
    private static final MathContext SHOWN = new MathContext(15);
    private static final int SECONDS_A_DAY = 86_400;

    private CellValues() {
    }

    /** A finite number as a plain decimal: 1500, -0.25; empty for infinity or NaN, which no spreadsheet holds. */
    static Optional<String> number(double value) {
        if (!Double.isFinite(value)) {
            return Optional.empty();
        }
        if (value == 0) {
            return Optional.of("0");
        }
        return Optional.of(new BigDecimal(Double.toString(value)).round(SHOWN).stripTrailingZeros().toPlainString());
    }

    /** A number written as text in a file ({@code <v>1.5E3</v>}, {@code office:value="1500"}). */
    static Optional<String> number(String text) {
        try {
            return number(Double.parseDouble(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A serial day number of a date cell as an ISO date, with its time to the second when it is not midnight; empty
     * for a number that is no day of that system (a time alone, before day 1, is read as the number it is).
     */
    static Optional<String> date(double serial, ExcelDateSystem system) {
        Optional<LocalDate> day = system.date(serial);
        if (day.isEmpty()) {
            return Optional.empty();
        }
        long seconds = Math.round((serial - Math.floor(serial)) * SECONDS_A_DAY);
        if (seconds == SECONDS_A_DAY) {
            // 23:59:59.6 rounds to the next midnight.
            return Optional.of(day.get().plusDays(1).toString());
        }
        return Optional.of(dateTime(day.get().atTime(LocalTime.ofSecondOfDay(seconds))));
    }

    /** A date and time as the SPI writes it: the date alone at midnight. */
    static String dateTime(LocalDateTime at) {
        return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.toString();
    }
}
