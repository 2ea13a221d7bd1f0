package org.census.overview;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.census.model.CensusEdition;
import org.census.text.Label;

/**
 * The figures of a census overview, in the order an overview shows them, named as the JSON format's
 * {@code statedOverview} names them (so that a figure the source prints can be set beside the one computed from the
 * forms), with their labels in French and English: the one source of those words for every table, sheet and chart.
 */
public enum OverviewFigure {
    QUESTIONNAIRES("questionnaires", "Fiches", "Forms"),
    PARTNERSHIPS("partnerships", "Partenariats distincts", "Distinct partnerships"),
    RESPONDENTS("respondents", "Collectivités et structures françaises", "French authorities and bodies"),
    PARTNER_AUTHORITIES("partnerAuthorities", "Collectivités partenaires", "Partner authorities"),
    /** The label names the crisis reference date. */
    CONTINUED("continued", "Coopération poursuivie depuis le {0}", "Cooperation continued since {0}"),
    DORMANT("dormant", "Coopération mise en sommeil", "Cooperation put to sleep"),
    RESUMED("resumed", "Coopération reprise", "Cooperation resumed"),
    CONTINUATION_UNCLEAR("continuationUnclear", "Poursuite non précisée", "Continuation not stated"),
    /** The labels of the budget trends name the edition's year. */
    BUDGET_MAINTAINED("budgetMaintained", "Budget {0} maintenu", "{0} budget maintained"),
    BUDGET_INCREASED("budgetIncreased", "Budget {0} augmenté", "{0} budget increased"),
    BUDGET_DECREASED("budgetDecreased", "Budget {0} réduit", "{0} budget reduced"),
    BUDGET_UNKNOWN("budgetUnknown", "Évolution du budget non précisée", "Budget trend not stated"),
    PUBLIC_MEETINGS("publicMeetings", "Réunions publiques et sensibilisation en France",
            "Public meetings and awareness events in France"),
    PARTNER_RECEPTIONS("partnerReceptions", "Accueils de partenaires", "Receptions of partners"),
    EMERGENCY_ACTIONS("emergencyActions", "Partenariats avec des actions d'urgence",
            "Partnerships with emergency actions"),
    ACTIONS("actions", "Actions", "Actions"),
    SOLIDARITY_FUND_EUR("solidarityFundEur", "Fonds de solidarité", "Solidarity fund");

    private final String key;
    private final Label label;

    OverviewFigure(String key, String fr, String en) {
        this.key = key;
        this.label = new Label(fr, en);
    }

    /** The key in the JSON format, e.g. "budgetMaintained". */
    public String key() {
        return key;
    }

    public static Optional<OverviewFigure> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /**
     * The label in French ("fr") or English (any other language), with the date or year it names taken from the
     * census: "Coopération poursuivie depuis le 22 mars 2012", "2013 budget maintained".
     */
    public String label(Locale locale, CensusEdition edition) {
        String named = switch (this) {
            case CONTINUED -> edition.crisisReferenceDate()
                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
            case BUDGET_MAINTAINED, BUDGET_INCREASED, BUDGET_DECREASED ->
                    String.valueOf(edition.editionDate().getYear());
            default -> "";
        };
        return label.in(locale).replace("{0}", named);
    }
}
