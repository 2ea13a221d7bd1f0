package org.census.overview;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.census.model.Action;
import org.census.model.Census;
import org.census.model.Partnership;
import org.census.text.ContinuationStatus;
import org.census.internal.FrenchText;
import org.census.text.TrendDirection;

/**
 * The overview of a census, computed from its forms: what the source's own overview ("Aperçu général") states, and
 * more. A partnership listed on two forms counts once.
 *
 * @param forms              forms in the census
 * @param partnerships       distinct partnerships (forms that repeat another left out)
 * @param frenchAuthorities  distinct French bodies party to a partnership
 * @param partnerAuthorities distinct partner-country bodies party to a partnership
 * @param continuation       partnerships by continuation since the crisis reference date
 * @param budgetTrend        partnerships by budget trend
 * @param publicMeetings     partnerships with an awareness event or public meeting in France
 * @param partnerReceptions  partnerships that received partners or delegations
 * @param emergencyActions   partnerships with emergency actions (emergency food aid, displaced people, refugees)
 * @param actions            action rows (total rows left out)
 * @param annualBudgets      the partnerships' annual budgets, summed as ranges
 * @param actionBudgets      the actions' budgets, summed as ranges
 * @param solidarityFundEur  the sum of the solidarity fund's donors
 * @param solidarityFundDonors the number of donors
 */
public record Overview(int forms, int partnerships, int frenchAuthorities, int partnerAuthorities,
                       Map<ContinuationStatus, Integer> continuation, Map<TrendDirection, Integer> budgetTrend,
                       int publicMeetings, int partnerReceptions, int emergencyActions, int actions,
                       BudgetRange annualBudgets, BudgetRange actionBudgets, BigDecimal solidarityFundEur,
                       int solidarityFundDonors) {

    public Overview {
        continuation = Map.copyOf(continuation);
        budgetTrend = Map.copyOf(budgetTrend);
        Objects.requireNonNull(annualBudgets, "annualBudgets");
        Objects.requireNonNull(actionBudgets, "actionBudgets");
        Objects.requireNonNull(solidarityFundEur, "solidarityFundEur");
    }

    /** Computes the overview of a census. */
    public static Overview of(Census census) {
        OverviewAccumulator accumulator = new OverviewAccumulator(Optional.empty());
        census.partnerships().forEach(accumulator::add);
        return accumulator.overview(census.solidarityFund());
    }

    /** The value of a figure, to set beside the one the source prints. */
    public BigDecimal figure(OverviewFigure figure) {
        if (figure == OverviewFigure.SOLIDARITY_FUND_EUR) {
            return solidarityFundEur;
        }
        int n = switch (figure) {
            case QUESTIONNAIRES -> forms;
            case PARTNERSHIPS -> partnerships;
            case RESPONDENTS -> frenchAuthorities;
            case PARTNER_AUTHORITIES -> partnerAuthorities;
            case CONTINUED -> continuation.get(ContinuationStatus.YES);
            case DORMANT -> continuation.get(ContinuationStatus.NO);
            case RESUMED -> continuation.get(ContinuationStatus.RESUMED);
            case CONTINUATION_UNCLEAR -> continuation.get(ContinuationStatus.UNCLEAR);
            case BUDGET_MAINTAINED -> budgetTrend.get(TrendDirection.MAINTAIN);
            case BUDGET_INCREASED -> budgetTrend.get(TrendDirection.INCREASE);
            case BUDGET_DECREASED -> budgetTrend.get(TrendDirection.DECREASE);
            case BUDGET_UNKNOWN -> budgetTrend.get(TrendDirection.UNKNOWN);
            case PUBLIC_MEETINGS -> publicMeetings;
            case PARTNER_RECEPTIONS -> partnerReceptions;
            case EMERGENCY_ACTIONS -> emergencyActions;
            case ACTIONS -> actions;
            case SOLIDARITY_FUND_EUR -> throw new AssertionError("handled above");
        };
        return BigDecimal.valueOf(n);
    }

    /**
     * The actions of a form that count: a row that only totals the others ("Total des actions ...") does not. Public
     * so that exports that sum actions (HXL's budgets) leave out what the overview leaves out.
     */
    public static List<Action> countedActions(Partnership p) {
        return p.actions().stream().filter(Predicate.not(Overview::isTotalRow)).toList();
    }

    private static final Pattern NOT_NAME = Pattern.compile("[^a-z0-9]+");

    static boolean isTotalRow(Action a) {
        return FrenchText.foldStart(a.description(), 5).equals("total");
    }



    /** Two spellings of one body's name ("Région Nord-Pas-de-Calais", "Région Nord Pas de Calais") are one key. */
    static String nameKey(String name) {
        return NOT_NAME.matcher(FrenchText.fold(name)).replaceAll(" ").strip();
    }
}
