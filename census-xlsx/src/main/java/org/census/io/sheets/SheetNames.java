package org.census.io.sheets;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.census.CensusFormatException;
import org.census.Location;
import org.census.internal.Messages;
import org.census.io.table.spi.SheetLimits;

/** What the readers here say of a workbook's sheets: too many, or not the one asked for. */
final class SheetNames {
    private SheetNames() {
    }

    static List<String> bounded(List<String> names, String source) {
        if (names.size() > SheetLimits.MAX_SHEETS) {
            throw tooMany(source);
        }
        return List.copyOf(names);
    }

    static CensusFormatException tooMany(String source) {
        return new CensusFormatException(source, Location.NONE, String.format(Locale.ROOT, "more than %,d sheets, "
                + "the most a workbook may have here", SheetLimits.MAX_SHEETS));
    }

    static CensusFormatException noSuchSheet(String source, String sheet, List<String> names) {
        return new CensusFormatException(source, Location.sheet(sheet), "no sheet of that name; the workbook has "
                + Messages.cut(names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", ")), 300));
    }
}
