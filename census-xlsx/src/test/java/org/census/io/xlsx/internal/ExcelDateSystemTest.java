package org.census.io.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

/** The serial day numbers of both date systems, against POI's reading of them. */
class ExcelDateSystemTest {

    @Property(tries = 2_000)
    void readsSerialsAsPoiDoes(@ForAll @IntRange(min = 61, max = 2_958_465) int days,
                               @ForAll @DoubleRange(min = 0, max = 0.99) double time, @ForAll boolean date1904) {
        double serial = (date1904 ? Math.min(days, 2_957_003) : days) + time; // each system's 31 December 9999
        LocalDate poi = DateUtil.getLocalDateTime(Math.floor(serial), date1904).toLocalDate();
        assertThat(ExcelDateSystem.of(date1904).date(serial)).contains(poi);
    }

    @Property(tries = 2_000)
    void aDayComesBackFromItsSerial(@ForAll @IntRange(min = -24_107, max = 2_932_896) int epochDay,
                                    @ForAll boolean date1904) {
        LocalDate day = LocalDate.ofEpochDay(epochDay); // 1 January 1904 to 31 December 9999
        ExcelDateSystem system = ExcelDateSystem.of(date1904);
        assertThat(system.date(system.serial(day).orElseThrow())).contains(day);
    }

    @Test
    void theTwoSystemsAre1462DaysApart() {
        LocalDate day = LocalDate.of(2013, 5, 17);
        assertThat(ExcelDateSystem.DAYS_FROM_1900.serial(day)).hasValue(41_411);
        assertThat(ExcelDateSystem.DAYS_FROM_1904.serial(day)).hasValue(41_411 - 1_462);
        assertThat(ExcelDateSystem.DAYS_FROM_1904.date(0)).contains(LocalDate.of(1904, 1, 1));
    }

    @Test
    void theDaysBeforeMarch1900AreExcelsAndAreNotWritten() {
        assertThat(ExcelDateSystem.DAYS_FROM_1900.date(1)).contains(LocalDate.of(1900, 1, 1));
        assertThat(ExcelDateSystem.DAYS_FROM_1900.date(59)).contains(LocalDate.of(1900, 2, 28));
        assertThat(ExcelDateSystem.DAYS_FROM_1900.date(61)).contains(LocalDate.of(1900, 3, 1));
        assertThat(ExcelDateSystem.DAYS_FROM_1900.serial(LocalDate.of(1900, 2, 28))).isEmpty();
        assertThat(ExcelDateSystem.DAYS_FROM_1900.serial(LocalDate.of(1900, 3, 1))).hasValue(61);
    }

    @Test
    void numbersThatAreNoDayAreNone() {
        assertThat(ExcelDateSystem.DAYS_FROM_1900.date(0)).isEmpty();
        assertThat(ExcelDateSystem.DAYS_FROM_1904.date(-1)).isEmpty();
        assertThat(ExcelDateSystem.DAYS_FROM_1900.date(2_958_466)).isEmpty();
        assertThat(ExcelDateSystem.DAYS_FROM_1904.date(2_957_003)).contains(LocalDate.of(9999, 12, 31));
        assertThat(ExcelDateSystem.DAYS_FROM_1904.date(Double.NaN)).isEmpty();
        assertThat(ExcelDateSystem.DAYS_FROM_1900.serial(LocalDate.of(10_000, 1, 1))).isEmpty();
    }
}
