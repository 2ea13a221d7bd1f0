package org.census.io.table.internal;

import com.google.common.collect.ImmutableSet;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HXL hashtag with its attributes ({@code #org+impl+name}), compared as libhxl does: case-insensitive, attributes
 * in no order; a pattern matches a column that has its tag and at least its attributes.
 */
public record HxlTag(String tag, Set<String> attributes) {
    // libhxl's own pattern: a tag, then attributes each after "+", spaces allowed between them.
    private static final Pattern HASHTAG = Pattern.compile(
            "\\s*#([A-Za-z][_0-9A-Za-z]*)((?:\\s*\\+[A-Za-z][_0-9A-Za-z]*)*)\\s*");

    public HxlTag {
        attributes = ImmutableSet.copyOf(attributes);
    }

    /** The hashtag a cell holds, if it holds one and nothing else. */
    public static Optional<HxlTag> parse(String cell) {
        if (cell.length() > 200) {
            return Optional.empty();
        }
        Matcher m = HASHTAG.matcher(cell);
        if (!m.matches()) {
            return Optional.empty();
        }
        ImmutableSet.Builder<String> attributes = ImmutableSet.builder();
        for (String a : m.group(2).split("\\+")) {
            if (!a.isBlank()) {
                attributes.add(a.strip().toLowerCase(Locale.ROOT));
            }
        }
        return Optional.of(new HxlTag(m.group(1).toLowerCase(Locale.ROOT), attributes.build()));
    }

    /** Whether this pattern matches that column's hashtag. */
    public boolean matches(HxlTag column) {
        return tag.equals(column.tag()) && column.attributes().containsAll(attributes);
    }

    @Override
    public String toString() {
        return "#" + tag + attributes.stream().map(a -> "+" + a).reduce("", String::concat);
    }
}
