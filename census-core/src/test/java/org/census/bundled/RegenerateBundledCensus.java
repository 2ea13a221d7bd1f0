package org.census.bundled;

import java.nio.file.Path;

import org.census.json.CensusJson;
import org.census.model.Census;

/**
 * Rewrites a bundled census through the current parsers, so that the parsed values written beside the raw texts
 * are up to date. Run after changing a parser:
 * {@code ./mvnw -q -pl census-core test-compile exec:java} is not needed; see README "Regenerating the bundled data".
 */
public final class RegenerateBundledCensus {
    private RegenerateBundledCensus() {
    }

    public static void main(String[] args) {
        Path in = Path.of(args[0]);
        Path out = Path.of(args.length > 1 ? args[1] : args[0]);
        Census census = CensusJson.read(in);
        CensusJson.write(census, out);
        System.out.println("wrote " + out + ": " + census.partnerships().size() + " partnerships");
    }
}
