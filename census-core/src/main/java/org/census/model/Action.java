package org.census.model;

import org.census.CensusLimits;
import java.util.Objects;

import org.census.domain.Domain;
import org.census.text.DateText;
import org.census.text.MoneyText;

/**
 * One row of a form's table of actions.
 *
 * @param number             the row number as printed ("1", "10"), "" if none
 * @param domain             the domain cell and its classification
 * @param domainFromRowAbove the row had no domain cell and continues the group above (the domain is that group's)
 * @param description        what was done
 * @param period             when
 * @param budget             how much, with co-financing shares where given
 * @param note               anything else the row holds
 */
public record Action(String number, Domain domain, boolean domainFromRowAbove, String description, DateText period,
                     MoneyText budget, String note) {
    public Action {
        CensusLimits.requireText(Objects.requireNonNull(number, "number"), "number");
        CensusLimits.requireText(Objects.requireNonNull(domain, "domain").raw(), "domain");
        CensusLimits.requireText(Objects.requireNonNull(description, "description"), "description");
        CensusLimits.requireText(Objects.requireNonNull(period, "period").raw(), "period");
        CensusLimits.requireText(Objects.requireNonNull(budget, "budget").raw(), "budget");
        CensusLimits.requireText(Objects.requireNonNull(note, "note"), "note");
    }

    /** An action from the raw texts of its cells, parsed and classified. */
    public static Action of(String number, String domainRaw, boolean domainFromRowAbove, String description,
                            String periodRaw, String budgetRaw, String note) {
        return new Action(number, Domain.classify(domainRaw, description), domainFromRowAbove, description,
                DateText.parse(periodRaw), MoneyText.parse(budgetRaw), note);
    }
}
