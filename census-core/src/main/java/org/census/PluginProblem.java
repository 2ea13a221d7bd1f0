package org.census;
import org.census.internal.Messages;

import java.util.Objects;

/**
 * A plugin that could not be loaded, found by a registry ({@code CensusFormats}, {@code CensusCharts}): the others
 * load, and this says which one failed and why.
 *
 * @param provider the provider's class name as its services file gives it
 * @param problem  what went wrong, on one line
 */
public record PluginProblem(String provider, String problem) {
    public PluginProblem {
        Objects.requireNonNull(provider, "provider");
        problem = Messages.oneLine(Objects.requireNonNull(problem, "problem"));
    }

    @Override
    public String toString() {
        return provider + ": " + problem;
    }
}
