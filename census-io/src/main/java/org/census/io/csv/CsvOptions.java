package org.census.io.csv;

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
    private static final Set<String> KEYS = Set.of("table", "separator", "bom");

    static CsvOptions of(FormatOptions options) {
        options.onlyKeys(CsvCensusFormat.INFO.name(), KEYS);
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
