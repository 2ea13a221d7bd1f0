package org.census.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.census.domain.DomainCategory;
import org.census.model.Action;
import org.census.model.AuthorityKind;
import org.census.model.Census;
import org.census.model.CensusEdition;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.model.PartyRole;
import org.census.text.ContinuationStatus;
import org.census.text.TrendDirection;

/**
 * A census grouped by one {@link Dimension}. Groups come in a natural order: regions as the census lists them,
 * enums in their order, years and decades ascending, "unknown" last; empty groups of a closed set are kept (a chart
 * of trends shows a zero bar rather than no bar).
 */
public record Breakdown(Dimension dimension, List<Group> groups) {
    public static final String UNKNOWN = "unknown";

    public Breakdown {
        groups = List.copyOf(groups);
    }

    public Optional<Group> group(String key) {
        return groups.stream().filter(g -> g.key().equals(key)).findFirst();
    }

    /** Groups a census; a partnership listed on two forms counts once. */
    public static Breakdown of(Census census, Dimension dimension) {
        Accumulator accumulator = new Accumulator(census.edition(), dimension);
        census.partnerships().forEach(accumulator::add);
        return accumulator.breakdown();
    }

    /**
     * A breakdown computed one partnership at a time, for censuses too large to hold in memory; memory grows with
     * the groups and the ids of their partnerships, not with the forms. Forms that repeat another are skipped.
     */
    public static final class Accumulator {
        private final CensusEdition edition;
        private final Dimension dimension;
        private final Map<String, Acc> acc = new LinkedHashMap<>();

        public Accumulator(CensusEdition edition, Dimension dimension) {
            this.edition = edition;
            this.dimension = dimension;
            for (String key : closedKeys(edition, dimension)) {
                acc.put(key, new Acc());
            }
        }

        public void add(Partnership p) {
            if (p.isRepeat()) {
                return;
            }
            if (dimension.level() == Dimension.Level.PARTNERSHIP) {
                for (String key : partnershipKeys(p, dimension)) {
                    Acc a = acc.computeIfAbsent(key, k -> new Acc());
                    a.partnerships.add(p.id());
                    a.annual = a.annual.plus(p.annualBudget());
                    for (Action action : Overview.countedActions(p)) {
                        a.actions++;
                        a.actionBudgets = a.actionBudgets.plus(action.budget());
                    }
                }
            } else {
                for (Action action : Overview.countedActions(p)) {
                    Acc a = acc.computeIfAbsent(actionKey(action, dimension), k -> new Acc());
                    a.partnerships.add(p.id());
                    a.actions++;
                    a.actionBudgets = a.actionBudgets.plus(action.budget());
                }
            }
        }

        public Breakdown breakdown() {
            List<String> keys = new ArrayList<>(acc.keySet());
            switch (dimension) {
                case YEAR, AGE -> keys.sort(Comparator.comparingInt(Breakdown::yearOf));
                case DOMAIN -> keys.sort(Comparator.comparing(k -> DomainCategory.valueOf(k).ordinal()));
                case KIND -> keys.sort(Comparator.comparing(k -> AuthorityKind.valueOf(k).ordinal()));
                default -> {
                    if (keys.remove(UNKNOWN)) {
                        keys.add(UNKNOWN);
                    }
                }
            }
            List<Group> groups = new ArrayList<>();
            for (String key : keys) {
                Acc a = acc.get(key);
                groups.add(new Group(key, a.partnerships.size(), a.actions,
                        dimension.level() == Dimension.Level.PARTNERSHIP ? Optional.of(a.annual) : Optional.empty(),
                        a.actionBudgets));
            }
            return new Breakdown(dimension, groups);
        }
    }

    private static final class Acc {
        final Set<String> partnerships = new LinkedHashSet<>();
        int actions;
        BudgetRange annual = BudgetRange.EMPTY;
        BudgetRange actionBudgets = BudgetRange.EMPTY;
    }

    /** Years and decades by value, not by text ("999" before "2012"); "unknown" last. */
    private static int yearOf(String key) {
        if (key.equals(UNKNOWN)) {
            return Integer.MAX_VALUE;
        }
        return Integer.parseInt(key.endsWith("s") ? key.substring(0, key.length() - 1) : key);
    }

    private static List<String> closedKeys(CensusEdition edition, Dimension dimension) {
        return switch (dimension) {
            case REGION -> edition.regions();
            case TREND -> names(TrendDirection.values());
            case CONTINUATION -> names(ContinuationStatus.values());
            case DOMAIN, YEAR, KIND, AGE -> List.of();
        };
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> partnershipKeys(Partnership p, Dimension dimension) {
        return switch (dimension) {
            // A form that names a region twice is in it once: its budget and actions are not counted twice.
            case REGION -> p.regions().isEmpty() ? List.of(UNKNOWN) : p.regions().stream().distinct().toList();
            case TREND -> List.of(p.budgetTrend().direction().name());
            case CONTINUATION -> List.of(p.continuation().status().name());
            case KIND -> {
                Set<String> kinds = new LinkedHashSet<>();
                for (Party party : p.frenchParties()) {
                    if (party.role() == PartyRole.PARTY) {
                        kinds.add(party.kind().name());
                    }
                }
                yield kinds.isEmpty() ? List.of(AuthorityKind.OTHER.name()) : List.copyOf(kinds);
            }
            case AGE -> List.of(p.formalisation().firstYear().map(y -> (y / 10 * 10) + "s").orElse(UNKNOWN));
            case DOMAIN, YEAR -> throw new IllegalArgumentException(dimension + " groups actions");
        };
    }

    private static String actionKey(Action a, Dimension dimension) {
        return switch (dimension) {
            case DOMAIN -> a.domain().category().name();
            case YEAR -> a.period().firstYear().map(String::valueOf).orElse(UNKNOWN);
            default -> throw new IllegalArgumentException(dimension + " groups partnerships");
        };
    }

    /** The category of a DOMAIN group's key. */
    public static DomainCategory category(Group g) {
        return DomainCategory.valueOf(g.key());
    }
}
