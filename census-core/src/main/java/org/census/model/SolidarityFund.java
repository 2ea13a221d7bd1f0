package org.census.model;

import org.census.CensusLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A solidarity fund collected for the partner country's authorities.
 *
 * @param name            its name
 * @param asOf            the date of the list of donors
 * @param donors          the donors, in the order printed
 * @param printedTotalEur the total the source prints, kept to check the sum against
 */
public record SolidarityFund(String name, LocalDate asOf, List<Donor> donors, Optional<BigDecimal> printedTotalEur) {
    public SolidarityFund {
        CensusLimits.requireText(Objects.requireNonNull(name, "name"), "name");
        Objects.requireNonNull(asOf, "asOf");
        donors = CensusLimits.requireCount(donors, CensusLimits.MAX_DONORS, "donors");
        new RecordSize().donors(donors).require("donors");
        Objects.requireNonNull(printedTotalEur, "printedTotalEur")
                .ifPresent(t -> CensusLimits.requireNumber(t, "printedTotalEur"));
    }

    /** The sum of the donors' amounts. */
    public BigDecimal totalEur() {
        return donors.stream().map(Donor::amountEur).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
