package org.census.overview;

import java.util.Arrays;
import java.util.Optional;

/**
 * The figures of a census overview, named as the JSON format's {@code statedOverview} names them, so that a figure the
 * source prints can be set beside the one computed from the forms.
 */
public enum OverviewFigure {
    QUESTIONNAIRES("questionnaires"),
    PARTNERSHIPS("partnerships"),
    RESPONDENTS("respondents"),
    PARTNER_AUTHORITIES("partnerAuthorities"),
    CONTINUED("continued"),
    DORMANT("dormant"),
    RESUMED("resumed"),
    BUDGET_MAINTAINED("budgetMaintained"),
    BUDGET_INCREASED("budgetIncreased"),
    BUDGET_DECREASED("budgetDecreased"),
    PUBLIC_MEETINGS("publicMeetings"),
    PARTNER_RECEPTIONS("partnerReceptions"),
    EMERGENCY_ACTIONS("emergencyActions"),
    SOLIDARITY_FUND_EUR("solidarityFundEur");

    private final String key;

    OverviewFigure(String key) {
        this.key = key;
    }

    /** The key in the JSON format, e.g. "budgetMaintained". */
    public String key() {
        return key;
    }

    public static Optional<OverviewFigure> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
