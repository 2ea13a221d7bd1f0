package org.census.io.xlsx.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Excel's two ways of numbering days, and the one conversion between a serial day number and a date that every
 * spreadsheet reader and writer of census-xlsx uses. A workbook says which it uses ({@code <workbookPr date1904="1"/>}
 * in its workbook part); the time of day, a serial's fraction, is dropped.
 */
public enum ExcelDateSystem {
    /**
     * Day 1 is 1 January 1900, and day 60 is a 29 February 1900 that never was (kept from Lotus 1-2-3): from day 61,
     * 1 March 1900, serials count from 30 December 1899. The default.
     */
    DAYS_FROM_1900(LocalDate.of(1899, 12, 30), 1, LocalDate.of(1900, 3, 1)),
    /** Day 0 is 1 January 1904: workbooks made by early Excel for the Mac, and any with the option set. */
    DAYS_FROM_1904(LocalDate.of(1904, 1, 1), 0, LocalDate.of(1904, 1, 1));

    /** The last day a spreadsheet counts. */
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private final LocalDate dayZero;
    private final long firstSerial;
    /** The first day whose serial every spreadsheet reads alike (LibreOffice has no 29 February 1900). */
    private final LocalDate firstUnambiguous;

    ExcelDateSystem(LocalDate dayZero, long firstSerial, LocalDate firstUnambiguous) {
        this.dayZero = dayZero;
        this.firstSerial = firstSerial;
        this.firstUnambiguous = firstUnambiguous;
    }

    /** The system of a workbook whose {@code date1904} setting is this. */
    public static ExcelDateSystem of(boolean date1904) {
        return date1904 ? DAYS_FROM_1904 : DAYS_FROM_1900;
    }

    /** The day of a serial number, as Excel reads it; empty for a number that is no day of this system. */
    public Optional<LocalDate> date(double serial) {
        if (Double.isNaN(serial) || serial < firstSerial || serial >= firstSerial + 3_000_000) {
            return Optional.empty();
        }
        long days = (long) Math.floor(serial);
        // Before the day that never was, Excel's days are one later than a count from day zero gives.
        LocalDate date = dayZero.plusDays(this == DAYS_FROM_1900 && days < 60 ? days + 1 : days);
        return date.isAfter(LAST) ? Optional.empty() : Optional.of(date);
    }

    /**
     * The serial number of a day, for a date cell; empty for a day this system does not count, or counts in a way
     * spreadsheets disagree on (before 1 March 1900): such a day is better written as text.
     */
    public OptionalLong serial(LocalDate date) {
        if (date.isBefore(firstUnambiguous) || date.isAfter(LAST)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(date.toEpochDay() - dayZero.toEpochDay());
    }
}
