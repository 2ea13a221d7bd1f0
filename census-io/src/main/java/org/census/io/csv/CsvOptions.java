package org.census.io.csv;

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
    static final Map<String, String> DESCRIPTIONS = FormatOptions.described(
            "table", "actions (one row per action, with its partnership's columns; the default) or partnerships",
            "separator", "comma (the default) or semicolon, with decimal commas, as French Excel expects",
            "bom", "true to start with a byte-order mark, so that Excel reads UTF-8 (default false)");

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
