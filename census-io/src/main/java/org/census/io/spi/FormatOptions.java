package org.census.io.spi;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.census.CensusException;

/**
 * Options of one format as key=value pairs, e.g. {@code table=partnerships,separator=semicolon,bom=true} for CSV.
 * On a command line a format is given as {@code NAME} or {@code NAME:key=value,key=value}. Each format says which
 * keys it knows and refuses the others, listing the known ones.
 */
public record FormatOptions(Map<String, String> values) {
    /** No options: every format's defaults. */
    public static final FormatOptions NONE = new FormatOptions(Map.of());

    public FormatOptions {
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k.strip().toLowerCase(Locale.ROOT), v.strip()));
        values = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * A format's option descriptions for {@link CensusFormat#options()}, in the order given: key, description, key,
     * description...
     */
    public static Map<String, String> described(String... keysAndDescriptions) {
        if (keysAndDescriptions.length % 2 != 0) {
            throw new IllegalArgumentException("a description for each option key");
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < keysAndDescriptions.length; i += 2) {
            options.put(keysAndDescriptions[i], keysAndDescriptions[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(options);
    }

    /** Parses {@code key=value,key=value}; a key alone means {@code true}. */
    public static FormatOptions parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.isBlank()) {
                throw new CensusException("format option \"" + pair + "\" has no name; write key=value");
            }
            values.put(key, eq < 0 ? "true" : pair.substring(eq + 1));
        }
        return new FormatOptions(values);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** A yes/no option: true, false, yes, no, oui, non, 1, 0. */
    public boolean flag(String key, boolean absent) {
        return get(key).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "oui", "1" -> true;
            case "false", "no", "non", "0" -> false;
            default -> throw new CensusException("format option " + key + "=" + v + ": expected true or false");
        }).orElse(absent);
    }

    /** An option with a fixed set of values. */
    public String choice(String key, Set<String> allowed, String absent) {
        String v = get(key).orElse(absent);
        if (!allowed.contains(v)) {
            throw new CensusException("format option " + key + "=" + v + ": expected one of "
                    + new TreeSet<>(allowed));
        }
        return v;
    }

    /** Refuses keys the format does not know. */
    public FormatOptions onlyKeys(String format, Set<String> known) {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw new CensusException("format " + format + " has no option \"" + key + "\""
                        + (known.isEmpty() ? "; it takes none" : "; known options: " + new TreeSet<>(known)));
            }
        }
        return this;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
