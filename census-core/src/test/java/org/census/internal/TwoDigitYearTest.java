package org.census.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.census.text.DateText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwoDigitYearTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"0, 2000", "13, 2013", "49, 2049", "50, 1950", "75, 1975", "95, 1995", "99, 1999"})
    void yearsBeforeThePivotAreThe2000s(int twoDigits, int year) {
        assertThat(TwoDigitYear.fullYear(twoDigits)).isEqualTo(year);
    }

    @Test
    void onlyTwoDigitsAreAYearOfTwoDigits() {
        assertThatThrownBy(() -> TwoDigitYear.fullYear(100)).hasMessage("a two-digit year is 0 to 99, not 100");
        assertThatThrownBy(() -> TwoDigitYear.fullYear(-1)).hasMessage("a two-digit year is 0 to 99, not -1");
    }

    /** The French date texts follow the rule: "17/05/95" was 1995 here and 2095 in census-io's cells. */
    @Test
    void dateTextsReadTwoDigitYearsByTheRule() {
        assertThat(DateText.parse("17/05/95").earliest()).contains(LocalDate.of(1995, 5, 17));
        assertThat(DateText.parse("Septembre 75").earliest()).contains(LocalDate.of(1975, 9, 1));
    }
}
