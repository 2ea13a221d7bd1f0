package org.census.text;

import java.time.LocalDate;
import java.util.Objects;

/** A closed span of days named by a text: a day is a one-day interval, "Mai 2012" is 1 to 31 May 2012. */
public record DateInterval(LocalDate start, LocalDate end, DatePrecision precision) {
    public DateInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("interval ends before it starts: " + start + " > " + end);
        }
    }

    public static DateInterval day(LocalDate day) {
        return new DateInterval(day, day, DatePrecision.DAY);
    }

    public boolean isSingleDay() {
        return start.equals(end);
    }
}
