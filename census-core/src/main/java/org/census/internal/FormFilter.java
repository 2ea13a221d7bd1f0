package org.census.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.census.model.Partnership;

/**
 * Which forms of a census a selection keeps, decided one form at a time in the census's order, so that a census
 * streamed from a file is filtered as one in memory is: the forms that pass a test, and the repeats ({@code sameAs})
 * of forms kept, never a repeat without its original. Holds the ids kept; one instance per pass over a census.
 */
public final class FormFilter {
    private final Predicate<Partnership> test;
    private final Set<String> kept = new HashSet<>();

    private FormFilter(Predicate<Partnership> test) {
        this.test = Objects.requireNonNull(test, "test");
    }

    /** The forms that pass the test, with their repeats when those pass it too. */
    public static FormFilter passing(Predicate<Partnership> test) {
        return new FormFilter(test);
    }

    /**
     * The snapshot of a census as it stood on a date, to recompute an earlier edition's figures: the forms first
     * updated on or before the date. A form with no readable update date is left out.
     */
    public static FormFilter asOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new FormFilter(p -> p.firstUpdate().map(d -> !d.isAfter(date)).orElse(false));
    }

    /** Whether the next form of the census is kept. */
    public boolean keep(Partnership p) {
        boolean keep = test.test(p) && p.sameAs().map(kept::contains).orElse(true);
        if (keep) {
            kept.add(p.id());
        }
        return keep;
    }
}
