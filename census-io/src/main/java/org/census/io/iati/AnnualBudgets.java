package org.census.io.iati;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.census.internal.FrenchText;
import org.census.text.MoneyText;
import org.census.text.PeriodAmount;

/**
 * The budgets of a partnership as IATI takes them, one per calendar year (a budget period is at most a year), from
 * its stated annual budget and nothing else:
 * <ul>
 * <li>figures the form dates by single years ("2012 : 87 331 €", "En 2013 : 50 000 euros") give that year's budget:
 * the sum of the year's figures, as the parser bounds them; when every figure of the text falls in one year, the
 * stated figure itself (the parser has then told a total from its breakdown);</li>
 * <li>a figure the form does not date is the annual budget of the survey's year (the question asks for the annual
 * budget at the time of the survey); a range gives its low bound;</li>
 * <li>figures for several years at once ("2013-2015 : 454 979 €", "1 241 219 € sur 3 ans") give no budget: dividing
 * them would invent the yearly amounts. Nor does a text without a figure.</li>
 * </ul>
 */
final class AnnualBudgets {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    // "sur 3 ans", "sur 2 ou 3 ans", "sur plusieurs années", "pluriannuel": a figure for more than a year.
    private static final Pattern SEVERAL_YEARS = Pattern.compile(
            "\\bsur (\\d+|deux|trois|quatre|cinq|plusieurs)( ou \\d+)? (ans|annees)\\b|\\bpluri-?annuel");

    /**
     * A year's budget.
     *
     * @param year   the calendar year
     * @param amount its amount in euros
     */
    record YearBudget(int year, BigDecimal amount) {
    }

    private AnnualBudgets() {
    }

    /** The budgets, by year, of an annual budget text; {@code surveyYear} for a figure the text does not date. */
    static List<YearBudget> of(MoneyText budget, int surveyYear) {
        if (!budget.isKnown()) {
            return List.of();
        }
        if (budget.byPeriod().isEmpty()) {
            return SEVERAL_YEARS.matcher(FrenchText.fold(budget.raw())).find() ? List.of()
                    : List.of(new YearBudget(surveyYear, budget.lowEur().orElseThrow()));
        }
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        boolean singleYears = true;
        for (PeriodAmount p : budget.byPeriod()) {
            String period = p.period().strip();
            if (YEAR.matcher(period).matches() && Integer.parseInt(period) >= 1000) {
                byYear.merge(Integer.parseInt(period), p.amountEur(), BigDecimal::add);
            } else {
                singleYears = false;
            }
        }
        BigDecimal dated = budget.byPeriod().stream().map(PeriodAmount::amountEur)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal named = budget.amountsEur().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (singleYears && byYear.size() == 1 && budget.byPeriod().size() == budget.amountsEur().size()
                && dated.compareTo(named) == 0) {
            return List.of(new YearBudget(byYear.keySet().iterator().next(), budget.lowEur().orElseThrow()));
        }
        List<YearBudget> budgets = new ArrayList<>();
        byYear.forEach((year, amount) -> budgets.add(new YearBudget(year, amount)));
        return List.copyOf(budgets);
    }
}
