package org.census.overview;

import java.util.Objects;
import java.util.Optional;

/**
 * One group of a breakdown.
 *
 * @param key           a stable key ("Kayes", "HEALTH", "2012", "MUNICIPALITY", "1980s", "unknown")
 * @param partnerships  distinct partnerships in the group (for action dimensions: with an action in it)
 * @param actions       action rows in the group
 * @param annualBudgets the group's partnerships' annual budgets (for partnership dimensions only)
 * @param actionBudgets the group's actions' budgets
 */
public record Group(String key, int partnerships, int actions, Optional<BudgetRange> annualBudgets,
                    BudgetRange actionBudgets) {
    public Group {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(annualBudgets, "annualBudgets");
        Objects.requireNonNull(actionBudgets, "actionBudgets");
    }
}
