package org.census.io.csv;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.census.io.spi.FormatOptions;

/**
 * The CSV format's options, typed: parsed once from the {@code key=value} text at the edge, checked there.
 *
 * @param partnerships one row per partnership ({@code table=partnerships}) rather than per action
 * @param semicolon    semicolons between fields and decimal commas, as French Excel expects
 * @param bom          a byte-order mark first, so that Excel reads UTF-8
 */
record CsvOptions(boolean partnerships, boolean semicolon, boolean bom) {
    /** The options, as {@code census formats} lists them. */
    static final Map<String, String> DESCRIPTIONS = descriptions();

    private static Map<String, String> descriptions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("table", "actions (one row per action, with its partnership's columns; the default) or partnerships");
        d.put("separator", "comma (the default) or semicolon, with decimal commas, as French Excel expects");
        d.put("bom", "true to start with a byte-order mark, so that Excel reads UTF-8 (default false)");
        return Collections.unmodifiableMap(d);
    }

    static CsvOptions of(FormatOptions options) {
        options.onlyKeys(CsvCensusFormat.INFO.name(), DESCRIPTIONS.keySet());
        return new CsvOptions(
                options.choice("table", Set.of("actions", "partnerships"), "actions").equals("partnerships"),
                options.choice("separator", Set.of("comma", "semicolon"), "comma").equals("semicolon"),
                options.flag("bom", false));
    }

    char delimiter() {
        return semicolon ? ';' : ',';
    }

    boolean decimalComma() {
        return semicolon;
    }
}
