package org.census.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.census.model.Census;
import org.census.model.StatedFigure;

/**
 * The figures a census's source prints in its own overview, set beside the same figures computed from its forms, and
 * from a snapshot of its forms as of an earlier date.
 */
public record Reconciliation(Optional<LocalDate> asOf, List<Row> rows) {

    /**
     * One figure.
     *
     * @param figure   which figure
     * @param stated   the value printed
     * @param raw      the sentence that prints it
     * @param computed the value computed from all forms
     * @param asOf     the value computed from the snapshot, if one was asked for
     */
    public record Row(OverviewFigure figure, BigDecimal stated, String raw, BigDecimal computed,
                      Optional<BigDecimal> asOf) {
        public Row {
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(stated, "stated");
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(computed, "computed");
            Objects.requireNonNull(asOf, "asOf");
        }

        /** Computed minus stated. */
        public BigDecimal difference() {
            return computed.subtract(stated);
        }
    }

    public Reconciliation {
        Objects.requireNonNull(asOf, "asOf");
        rows = List.copyOf(rows);
    }

    /** Reconciles the census's stated figures that have a computed counterpart; others are left out. */
    public static Reconciliation of(Census census, Optional<LocalDate> asOf) {
        return of(census.statedFigures(), Overview.of(census), asOf.map(d -> Overview.of(census.asOf(d))), asOf);
    }

    /**
     * Reconciles stated figures with overviews computed elsewhere (one partnership at a time, say).
     *
     * @param all      the overview of all forms
     * @param snapshot the overview of the forms as of {@code asOf}, present when it is
     */
    public static Reconciliation of(List<StatedFigure> stated, Overview all, Optional<Overview> snapshot,
                                    Optional<LocalDate> asOf) {
        if (snapshot.isPresent() != asOf.isPresent()) {
            throw new IllegalArgumentException("a snapshot overview goes with its as-of date");
        }
        List<Row> rows = new ArrayList<>();
        for (StatedFigure figure : stated) {
            OverviewFigure.ofKey(figure.figure()).ifPresent(f -> rows.add(new Row(f, figure.value(), figure.raw(),
                    all.figure(f), snapshot.map(o -> o.figure(f)))));
        }
        return new Reconciliation(asOf, rows);
    }
}
