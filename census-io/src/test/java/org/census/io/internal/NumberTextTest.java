package org.census.io.internal;

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
}
