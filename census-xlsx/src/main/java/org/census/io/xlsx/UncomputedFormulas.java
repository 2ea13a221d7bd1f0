package org.census.io.xlsx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.census.CensusFormatException;
import org.census.Location;
import org.census.io.internal.CellText;

/**
 * The formula cells of a workbook that hold no computed value (as openpyxl and some web tools save them): each is
 * read as an unknown value, never as 0, and is reported as a warning naming the cell. Shared by the sheets of one
 * workbook, read on several threads; at most {@link #REPORTED} are named, the rest counted.
 */
final class UncomputedFormulas {
    static final int REPORTED = 20;

    private final String source;
    private final List<CensusFormatException> first = new ArrayList<>();
    private long count;

    UncomputedFormulas(String source) {
        this.source = source;
    }

    synchronized void add(Location cell, String formula) {
        count++;
        if (first.size() < REPORTED) {
            first.add(new CensusFormatException(source, cell, "a formula without a computed value"
                    + (formula.isBlank() ? "" : " (" + CellText.shorten(formula) + ")") + ": read as unknown, not as "
                    + "0; open the workbook in a spreadsheet program and save it to compute it"));
        }
    }

    /** Reports the cells, by sheet name, row and column, then how many more there were. */
    synchronized void report(Consumer<String> warnings) {
        first.stream().sorted(Comparator.comparing((CensusFormatException e) -> e.location().sheet().orElse(""))
                        .thenComparing(e -> e.location().row().orElse(0))
                        .thenComparing(e -> e.location().column().orElse(0)))
                .forEach(e -> warnings.accept(e.getMessage()));
        if (count > first.size()) {
            warnings.accept(source + ": " + (count - first.size()) + " more formulas without a computed value, "
                    + "read as unknown");
        }
    }
}
