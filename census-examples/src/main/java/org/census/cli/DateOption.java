package org.census.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.census.internal.Messages;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A date on the command line, as ISO (2013-07-11) or as the French write it (11/07/2013); a bad one in one line. */
final class DateOption implements ITypeConverter<LocalDate> {
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate convert(String value) {
        String v = value.strip();
        try {
            return v.contains("/") ? LocalDate.parse(v, FRENCH) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + Messages.cut(value, 40) + "' is not a date; write 2013-07-11 or "
                    + "11/07/2013");
        }
    }
}
