package org.census.io.table.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The values the core's parsers made of the texts a table repeats down its rows (periods, domains, amounts): a
 * spreadsheet of a million actions states a few thousand distinct ones, and parsing is most of a conversion's time.
 * Bounded both ways: at most {@link #MAX_ENTRIES} values, the least recently used dropped, and no text longer than
 * {@link #MAX_KEY_LENGTH} kept (a long text is seldom repeated). The values are immutable records, safe to share.
 */
final class ParsedTexts<V> {
    static final int MAX_ENTRIES = 4_096;
    static final int MAX_KEY_LENGTH = 200;

    private final Map<String, V> values = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private final Function<String, V> parser;

    ParsedTexts(Function<String, V> parser) {
        this.parser = parser;
    }

    V get(String text) {
        if (text.length() > MAX_KEY_LENGTH) {
            return parser.apply(text);
        }
        V v = values.get(text);
        if (v == null) {
            v = parser.apply(text);
            values.put(text, v);
        }
        return v;
    }
}
