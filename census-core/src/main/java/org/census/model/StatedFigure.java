package org.census.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure the source's own overview prints, kept as data so that a computed overview can be reconciled with it.
 *
 * @param figure the figure's key (see {@code org.census.overview.OverviewFigure})
 * @param value  the value printed
 * @param raw    the sentence that states it, verbatim
 */
public record StatedFigure(String figure, BigDecimal value, String raw) {
    public StatedFigure {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(raw, "raw");
    }
}
