package org.census.io.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    /** Regression: a cell's "17/05/95" was 2095 here and 1995 in census-core; both now follow TwoDigitYear. */
    @Test
    void twoDigitYearsFollowCoresRule() {
        assertThat(NumberText.date("17/05/95")).contains(LocalDate.of(1995, 5, 17));
        assertThat(NumberText.date("17.05.13")).contains(LocalDate.of(2013, 5, 17));
        assertThat(NumberText.date("17/05/0095")).contains(LocalDate.of(95, 5, 17));
    }

    @Test
    void numberCellsReadAsTyped() {
        assertThat(NumberText.asTyped("1500.0")).isEqualTo("1500");
        assertThat(NumberText.asTyped(Double.toString(1e20))).isEqualTo("100000000000000000000");
        assertThat(NumberText.asTyped("35381.54")).isEqualTo("35381.54");
        assertThat(NumberText.asTyped("1E+30000000")).isEqualTo("1E+30000000");
    }

    @Test
    void aDayWrittenAsTextReadsBack() {
        LocalDate day = LocalDate.of(1899, 5, 17);
        assertThat(NumberText.dayMonthYear(day)).isEqualTo("17/05/1899");
        assertThat(NumberText.date(NumberText.dayMonthYear(day))).contains(day);
    }
}
