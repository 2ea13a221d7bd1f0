package org.census.model;

import org.census.CensusLimits;
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
        CensusLimits.requireText(Objects.requireNonNull(figure, "figure"), "figure");
        CensusLimits.requireNumber(Objects.requireNonNull(value, "value"), "value");
        CensusLimits.requireText(Objects.requireNonNull(raw, "raw"), "raw");
    }
}
