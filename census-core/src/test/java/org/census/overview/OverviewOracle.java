package org.census.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.census.domain.DomainCategory;
import org.census.model.Action;
import org.census.model.AuthorityKind;
import org.census.model.Census;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.model.PartyRole;
import org.census.model.SolidarityFund;
import org.census.text.ContinuationStatus;
import org.census.text.DateInterval;
import org.census.internal.FrenchText;
import org.census.text.MoneyText;
import org.census.text.TrendDirection;

/**
 * The overview, the breakdowns and the as-of snapshot restated from their definitions (README, Javadoc) with plain
 * collections, sharing no code with the accumulators: what they are checked against. Only the model's accessors and
 * the text folding (checked by its own laws) are used.
 */
final class OverviewOracle {
    private OverviewOracle() {
    }

    /** A partnership listed on two forms counts once: forms that repeat another are left out. */
    static List<Partnership> distinct(Census census) {
        return census.partnerships().stream().filter(p -> p.sameAs().isEmpty()).toList();
    }

    /** A row that only totals the others ("Total des actions ...") is not an action. */
    static List<Action> counted(Partnership p) {
        return p.actions().stream().filter(a -> !FrenchText.fold(a.description()).startsWith("total")).toList();
    }

    static BudgetRange sum(Stream<MoneyText> budgets) {
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        int known = 0;
        int unknown = 0;
        for (MoneyText m : budgets.toList()) {
            if (m.lowEur().isPresent()) {
                low = low.add(m.lowEur().get());
                high = high.add(m.highEur().orElseThrow());
                known++;
            } else {
                unknown++;
            }
        }
        return new BudgetRange(low, high, known, unknown);
    }

    static Overview overview(Census census) {
        List<Partnership> distinct = distinct(census);
        Map<ContinuationStatus, Integer> continuation = new EnumMap<>(ContinuationStatus.class);
        for (ContinuationStatus s : ContinuationStatus.values()) {
            continuation.put(s, (int) distinct.stream().filter(p -> p.continuation().status() == s).count());
        }
        Map<TrendDirection, Integer> trend = new EnumMap<>(TrendDirection.class);
        for (TrendDirection d : TrendDirection.values()) {
            trend.put(d, (int) distinct.stream().filter(p -> p.budgetTrend().direction() == d).count());
        }
        List<Action> actions = distinct.stream().flatMap(p -> counted(p).stream()).toList();
        Optional<SolidarityFund> fund = census.solidarityFund();
        return new Overview(census.partnerships().size(), distinct.size(),
                authorities(distinct.stream().flatMap(p -> p.frenchParties().stream())),
                authorities(distinct.stream().flatMap(p -> p.partnerParties().stream())), continuation, trend,
                mentioning(distinct, DomainCategory.AWARENESS_IN_FRANCE),
                mentioning(distinct, DomainCategory.PARTNER_RECEPTIONS),
                mentioning(distinct, DomainCategory.EMERGENCY_FOOD_AID, DomainCategory.HUMANITARIAN_AID),
                actions.size(), sum(distinct.stream().map(Partnership::annualBudget)),
                sum(actions.stream().map(Action::budget)),
                fund.map(f -> f.donors().stream().map(d -> d.amount().exactEur().orElse(BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add)).orElse(BigDecimal.ZERO),
                fund.map(f -> f.donors().size()).orElse(0));
    }

    /** Distinct bodies in partnership: spellings of a name that differ in case, accents or punctuation are one. */
    private static int authorities(Stream<Party> parties) {
        return (int) parties.filter(p -> p.role() == PartyRole.PARTY)
                .map(p -> String.join(" ", FrenchText.fold(p.name()).split("[^a-z0-9]+")).strip())
                .distinct().count();
    }

    /** Partnerships with a counted action that mentions one of the categories. */
    private static int mentioning(List<Partnership> partnerships, DomainCategory... categories) {
        return (int) partnerships.stream().filter(p -> counted(p).stream()
                .anyMatch(a -> Stream.of(categories).anyMatch(a.domain()::mentions))).count();
    }

    static Breakdown breakdown(Census census, Dimension dimension) {
        Map<String, Map<String, Partnership>> members = new LinkedHashMap<>();
        Map<String, List<Action>> rows = new LinkedHashMap<>();
        if (dimension == Dimension.REGION) {
            census.edition().regions().forEach(r -> members.put(r, new LinkedHashMap<>()));
        } else if (dimension == Dimension.TREND) {
            Stream.of(TrendDirection.values()).forEach(d -> members.put(d.name(), new LinkedHashMap<>()));
        } else if (dimension == Dimension.CONTINUATION) {
            Stream.of(ContinuationStatus.values()).forEach(s -> members.put(s.name(), new LinkedHashMap<>()));
        }
        for (Partnership p : distinct(census)) {
            if (dimension.level() == Dimension.Level.PARTNERSHIP) {
                for (String key : keys(p, dimension)) {
                    members.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(p.id(), p);
                    rows.computeIfAbsent(key, k -> new ArrayList<>()).addAll(counted(p));
                }
            } else {
                for (Action a : counted(p)) {
                    String key = dimension == Dimension.DOMAIN ? a.domain().category().name()
                            : firstYear(a.period().intervals()).map(String::valueOf).orElse(Breakdown.UNKNOWN);
                    members.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(p.id(), p);
                    rows.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        for (String key : order(dimension, members.keySet())) {
            Map<String, Partnership> in = members.get(key);
            List<Action> actions = rows.getOrDefault(key, List.of());
            groups.add(new Group(key, in.size(), actions.size(), dimension.level() == Dimension.Level.PARTNERSHIP
                    ? Optional.of(sum(in.values().stream().map(Partnership::annualBudget))) : Optional.empty(),
                    sum(actions.stream().map(Action::budget))));
        }
        return new Breakdown(dimension, groups);
    }

    /** The groups a partnership is in: each region it names once, each kind of its French parties, ... */
    private static Set<String> keys(Partnership p, Dimension dimension) {
        Set<String> keys = new LinkedHashSet<>();
        switch (dimension) {
            case REGION -> keys.addAll(p.regions());
            case TREND -> keys.add(p.budgetTrend().direction().name());
            case CONTINUATION -> keys.add(p.continuation().status().name());
            case KIND -> p.frenchParties().stream().filter(party -> party.role() == PartyRole.PARTY)
                    .forEach(party -> keys.add(party.kind().name()));
            case AGE -> firstYear(p.formalisation().intervals()).ifPresent(y -> keys.add((y - y % 10) + "s"));
            default -> throw new IllegalArgumentException(dimension + " groups actions");
        }
        if (keys.isEmpty()) {
            keys.add(dimension == Dimension.KIND ? AuthorityKind.OTHER.name() : Breakdown.UNKNOWN);
        }
        return keys;
    }

    private static Optional<Integer> firstYear(List<DateInterval> intervals) {
        return intervals.stream().map(i -> i.start().getYear()).min(Integer::compare);
    }

    /**
     * Regions as the census lists them, then others as they come; enums in their order; years and decades ascending;
     * "unknown" last.
     */
    private static List<String> order(Dimension dimension, Set<String> keys) {
        List<String> ordered = new ArrayList<>(keys);
        ordered.remove(Breakdown.UNKNOWN);
        switch (dimension) {
            case DOMAIN -> ordered.sort(Comparator.comparing(DomainCategory::valueOf));
            case KIND -> ordered.sort(Comparator.comparing(AuthorityKind::valueOf));
            case YEAR, AGE -> ordered.sort(Comparator.comparingInt(k -> Integer.parseInt(k.replace("s", ""))));
            default -> {
            }
        }
        if (keys.contains(Breakdown.UNKNOWN)) {
            ordered.add(Breakdown.UNKNOWN);
        }
        return ordered;
    }

    /**
     * The ids of the forms of the census as it stood on a date: the forms updated on or before it, and the repeats of
     * those (a form with no readable update date is left out).
     */
    static List<String> snapshot(Census census, LocalDate date) {
        Set<String> kept = new HashSet<>();
        for (Partnership p : census.partnerships()) {
            boolean updated = p.updated().intervals().stream().anyMatch(i -> !i.start().isAfter(date));
            if (updated && (p.sameAs().isEmpty() || kept.contains(p.sameAs().get()))) {
                kept.add(p.id());
            }
        }
        return census.partnerships().stream().map(Partnership::id).filter(kept::contains).toList();
    }
}
