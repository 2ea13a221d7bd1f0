package org.census.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.census.domain.DomainCategory;
import org.census.model.Action;
import org.census.model.Census;
import org.census.internal.FormFilter;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.model.PartyRole;
import org.census.model.SolidarityFund;
import org.census.text.ContinuationStatus;
import org.census.text.TrendDirection;

/**
 * The overview of a census computed one partnership at a time, for censuses too large to hold in memory (a merged
 * census of a million actions): memory grows with the number of distinct authority names, not with the forms.
 * {@link Overview#of(Census)} is this accumulator run over a census in memory, so both give the same figures.
 *
 * <p>An as-of date keeps only the forms {@link FormFilter#asOf(LocalDate)} keeps, as {@link Census#asOf(LocalDate)}
 * does.
 */
public final class OverviewAccumulator {
    /** With no as-of date, every form counts, and no id is held. */
    private final Optional<FormFilter> snapshot;
    private final Set<String> frenchNames = new HashSet<>();
    private final Set<String> partnerNames = new HashSet<>();
    private final Map<ContinuationStatus, Integer> continuation = new EnumMap<>(ContinuationStatus.class);
    private final Map<TrendDirection, Integer> trend = new EnumMap<>(TrendDirection.class);
    private int forms;
    private int partnerships;
    private int publicMeetings;
    private int partnerReceptions;
    private int emergencyActions;
    private int actions;
    private BudgetRange annual = BudgetRange.EMPTY;
    private BudgetRange actionBudgets = BudgetRange.EMPTY;

    public OverviewAccumulator(Optional<LocalDate> asOf) {
        this.snapshot = asOf.map(FormFilter::asOf);
        for (ContinuationStatus s : ContinuationStatus.values()) {
            continuation.put(s, 0);
        }
        for (TrendDirection d : TrendDirection.values()) {
            trend.put(d, 0);
        }
    }

    /** Adds the next form of the census; returns whether it counted (not left out by the as-of date). */
    public boolean add(Partnership p) {
        if (snapshot.isPresent() && !snapshot.get().keep(p)) {
            return false;
        }
        forms++;
        if (p.isRepeat()) {
            return true; // a partnership listed twice counts once
        }
        partnerships++;
        continuation.merge(p.continuation().status(), 1, Integer::sum);
        trend.merge(p.budgetTrend().direction(), 1, Integer::sum);
        annual = annual.plus(p.annualBudget());
        names(p.frenchParties(), frenchNames);
        names(p.partnerParties(), partnerNames);
        Set<DomainCategory> mentioned = EnumSet.noneOf(DomainCategory.class);
        for (Action a : Overview.countedActions(p)) {
            actions++;
            actionBudgets = actionBudgets.plus(a.budget());
            mentioned.addAll(a.domain().categories());
        }
        publicMeetings += mentioned.contains(DomainCategory.AWARENESS_IN_FRANCE) ? 1 : 0;
        partnerReceptions += mentioned.contains(DomainCategory.PARTNER_RECEPTIONS) ? 1 : 0;
        emergencyActions += mentioned.contains(DomainCategory.EMERGENCY_FOOD_AID)
                || mentioned.contains(DomainCategory.HUMANITARIAN_AID) ? 1 : 0;
        return true;
    }

    /** The overview of the forms added, with the solidarity fund of the census's header. */
    public Overview overview(Optional<SolidarityFund> fund) {
        return new Overview(forms, partnerships, frenchNames.size(), partnerNames.size(), continuation, trend,
                publicMeetings, partnerReceptions, emergencyActions, actions, annual, actionBudgets,
                fund.map(SolidarityFund::totalEur).orElse(BigDecimal.ZERO), fund.map(f -> f.donors().size()).orElse(0));
    }

    private static void names(List<Party> parties, Set<String> names) {
        for (Party party : parties) {
            if (party.role() == PartyRole.PARTY) {
                names.add(Overview.nameKey(party.name()));
            }
        }
    }
}
