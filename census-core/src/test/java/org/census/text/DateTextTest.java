package org.census.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTextTest {

    @ParameterizedTest(name = "{0} spans {1} to {2}")
    @CsvSource(delimiter = '|', value = {
            "17/05/13|2013-05-17|2013-05-17",
            "29 /04/13|2013-04-29|2013-04-29",
            "30 septembre 2013|2013-09-30|2013-09-30",
            "17/05/13 et 10/07/13|2013-05-17|2013-07-10",
            "Mai et juin 2012|2012-05-01|2012-06-30",
            "Avril 2012 à octobre 2012|2012-04-01|2012-10-31",
            "Avril à août 2012|2012-04-01|2012-08-31",
            "2012-2013|2012-01-01|2013-12-31",
            "1er semestre 2013|2013-01-01|2013-06-30",
            "Second trimestre 2013|2013-04-01|2013-06-30",
            "Printemps 2013|2013-03-01|2013-05-31",
            "depuis 1994|1994-01-01|1994-12-31",
            "22 mai 1989 - 24 mars 2009|1989-05-22|2009-03-24",
            "9 au 20 novembre 2012|2012-11-09|2012-11-20",
            "17 et 18 novembre 2012|2012-11-17|2012-11-18",
            "Septembre12|2012-09-01|2012-09-30",
            "Nov. 2012- mars 2013|2012-11-01|2013-03-31",
            "29 février 2012 au 30 mars 2013|2012-02-29|2013-03-30",
            "8/11/2013|2013-11-08|2013-11-08",
            "1er janvier 2010|2010-01-01|2010-01-01",
    })
    void readsTheFormsDates(String raw, LocalDate earliest, LocalDate latest) {
        DateText d = DateText.parse(raw);
        assertThat(d.raw()).isEqualTo(raw);
        assertThat(d.earliest()).contains(earliest);
        assertThat(d.latest()).contains(latest);
    }

    @Test
    void twoUpdateDatesAreTwoDays() {
        assertThat(DateText.parse("17/05/13 et 10/07/13").days())
                .containsExactly(LocalDate.of(2013, 5, 17), LocalDate.of(2013, 7, 10));
    }

    @Test
    void mayAndJuneAreTwoMonths() {
        DateText d = DateText.parse("Mai et juin 2012");
        assertThat(d.intervals()).containsExactly(
                new DateInterval(LocalDate.of(2012, 5, 1), LocalDate.of(2012, 5, 31), DatePrecision.MONTH),
                new DateInterval(LocalDate.of(2012, 6, 1), LocalDate.of(2012, 6, 30), DatePrecision.MONTH));
    }

    @Test
    void ongoingAndSince() {
        assertThat(DateText.parse("En cours").ongoing()).isTrue();
        assertThat(DateText.parse("En cours").isKnown()).isFalse();
        assertThat(DateText.parse("Juin 2012 à ce jour").ongoing()).isTrue();
        assertThat(DateText.parse("Juin 2012 à ce jour").earliest()).contains(LocalDate.of(2012, 6, 1));
        assertThat(DateText.parse("depuis 1994").since()).isTrue();
        assertThat(DateText.parse("A partir de mai 2012").since()).isTrue();
    }

    @Test
    void firstYearOfAFormalisation() {
        assertThat(DateText.parse("GAO : 1986 Villages : 1993").firstYear()).contains(1986);
        assertThat(DateText.parse("2010 Engagement dans un partenariat avec le Conseil de cercle de Douentza depuis "
                + "1996").firstYear()).contains(1996);
        assertThat(DateText.parse("Réflexion en cours pour développer une coopération").firstYear()).isEmpty();
    }

    @Test
    void oddTextIsUnknownNotAnError() {
        DateText d = DateText.parse("31/02/13");
        assertThat(d.isKnown()).isFalse();
        assertThat(d.warnings()).anyMatch(w -> w.contains("not a calendar date"));
        assertThat(DateText.parse("A venir").isKnown()).isFalse();
        assertThat(DateText.parse("/").warnings()).isEmpty();
    }

    /** Calendar dates are checked, not caught: a day that does not exist is a warning and the others stay. */
    @Test
    void aValidDateBeforeAnInvalidOneIsKept() {
        DateText d = DateText.parse("15 mai 2013 au 31 juin 2013");
        assertThat(d.days()).containsExactly(LocalDate.of(2013, 5, 15));
        assertThat(d.warnings()).containsExactly("not a calendar date: 31 juin 2013");
        DateText zero = DateText.parse("0 mai 2013");
        assertThat(zero.isKnown()).isFalse();
        assertThat(zero.warnings()).contains("not a calendar date: 0 mai 2013");
    }
}
