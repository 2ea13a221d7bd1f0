package org.census.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.census.domain.Domain;
import org.census.model.Action;
import org.census.text.DateText;
import org.census.text.MoneyText;

/**
 * Builds actions from the raw texts of their cells, as {@link Action#of} does, remembering the most recent parses:
 * the parsers are pure functions of their text and their results immutable, and large censuses repeat the same
 * domain, period and budget texts on many rows ("/", "2012", "Santé"). Every reader of a format uses one. One
 * instance per reader: not thread-safe.
 */
public final class ActionParser {
    private static final int SIZE = 4_096;

    private record DomainKey(String raw, String description) {
        // Written out: a record's generated ones are linked at their first call through method handles, about 3 % of
        // a cold census overview.
        @Override
        public boolean equals(Object o) {
            return o instanceof DomainKey k && Objects.equals(raw, k.raw)
                    && Objects.equals(description, k.description);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(raw) + Objects.hashCode(description);
        }
    }

    private final Map<DomainKey, Domain> domains = bounded();
    private final Map<String, DateText> periods = bounded();
    private final Map<String, MoneyText> budgets = bounded();

    /** A plain hash map emptied when full: cheaper per look-up than an access-ordered one, as good on repeats. */
    private static <K, V> Map<K, V> bounded() {
        return new HashMap<>(SIZE * 2);
    }

    private static <K, V> V get(Map<K, V> cache, K key, Function<K, V> parse) {
        V v = cache.get(key);
        if (v == null) {
            v = parse.apply(key);
            if (cache.size() >= SIZE) {
                cache.clear();
            }
            cache.put(key, v);
        }
        return v;
    }

    /** The same action as {@link Action#of}. */
    public Action action(String number, String domainRaw, boolean domainFromRowAbove, String description,
                         String periodRaw, String budgetRaw, String note) {
        Domain domain = get(domains, new DomainKey(domainRaw, description), k -> Domain.classify(k.raw(),
                k.description()));
        return new Action(number, domain, domainFromRowAbove, description, get(periods, periodRaw, DateText::parse),
                get(budgets, budgetRaw, MoneyText::parse), note);
    }
}
