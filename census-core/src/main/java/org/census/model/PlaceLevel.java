package org.census.model;

import org.census.CensusLimits;
import java.util.Objects;

/**
 * One level of where a party sits in its country's geography, as the form gives it: for Mali the levels are
 * "region", "cercle", "commune" and "village". Level names are data of the country, not code.
 */
public record PlaceLevel(String level, String name) {
    public PlaceLevel {
        CensusLimits.requireText(Objects.requireNonNull(level, "level"), "level");
        CensusLimits.requireText(Objects.requireNonNull(name, "name"), "name");
    }
}
