package org.census.examples;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.census.bundled.BundledCensus;
import org.census.model.AuthorityKind;
import org.census.model.Census;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.model.PartyRole;

/**
 * A custom aggregation: the annual budgets the forms state, summed by the kind of French party (commune,
 * département, région, ...), as ranges. A partnership of two kinds counts in both; one listed twice counts once.
 */
public final class BudgetByFrenchPartyKind {
    /** The low and high sums of the annual budgets by kind of French party. */
    public static Map<AuthorityKind, BigDecimal[]> compute(Census census) {
        Map<AuthorityKind, BigDecimal[]> sums = new EnumMap<>(AuthorityKind.class);
        for (Partnership p : census.distinctPartnerships()) {
            if (!p.annualBudget().isKnown()) {
                continue;
            }
            p.frenchParties().stream().filter(party -> party.role() == PartyRole.PARTY).map(Party::kind).distinct()
                    .forEach(kind -> sums.merge(kind,
                            new BigDecimal[] {p.annualBudget().lowEur().get(), p.annualBudget().highEur().get()},
                            (a, b) -> new BigDecimal[] {a[0].add(b[0]), a[1].add(b[1])}));
        }
        return sums;
    }

    public static void main(String[] args) {
        compute(BundledCensus.load()).forEach((kind, range) ->
                System.out.printf("%-18s %,14.0f € – %,14.0f €%n", kind, range[0], range[1]));
    }
}
