package org.census.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

import org.census.CensusException;
import org.census.PluginProblem;
import org.census.internal.Plugins;
import org.census.charts.spi.CensusChart;

/**
 * The chart kinds found on a class path, through {@link ServiceLoader}. Immutable. A provider that cannot be loaded,
 * or that describes itself wrongly, is left out and reported by name in {@link #problems()}; the others load. Two
 * providers claiming one id fail the load, naming both.
 */
public final class CensusCharts {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final List<CensusChart> charts;
    private final List<PluginProblem> problems;

    private CensusCharts(List<CensusChart> charts, List<PluginProblem> problems) {
        this.charts = List.copyOf(charts);
        this.problems = List.copyOf(problems);
    }

    /**
     * {@return the charts registered with the class loader's {@code META-INF/services}, in the order they are found}
     *
     * @param loader the class loader whose services files are read
     */
    public static CensusCharts load(ClassLoader loader) {
        Plugins.Loaded<CensusChart> loaded = Plugins.load(ServiceLoader.load(CensusChart.class, loader),
                CensusCharts::check);
        Map<String, CensusChart> byId = new LinkedHashMap<>();
        for (CensusChart chart : loaded.plugins()) {
            CensusChart previous = byId.putIfAbsent(chart.id(), chart);
            if (previous != null && previous.getClass() != chart.getClass()) {
                throw new CensusException("two chart providers claim the id \"" + chart.id() + "\": "
                        + previous.getClass().getName() + " and " + chart.getClass().getName()
                        + "; remove one from the class path");
            }
        }
        return new CensusCharts(new ArrayList<>(byId.values()), loaded.problems());
    }

    private static Optional<String> check(CensusChart chart) {
        String id = chart.id();
        chart.title(Locale.FRENCH);
        chart.title(Locale.ENGLISH);
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.of("id \"" + id + "\" is not lower-case letters and digits with single hyphens");
        }
        double height = chart.relativeHeight();
        if (!(height >= 0.5 && height <= 3)) {
            return Optional.of("relativeHeight " + height + " is not between 0.5 and 3");
        }
        return Optional.empty();
    }

    /** {@return the charts of this library's class loader (the built-in set and any jar beside it), loaded once} */
    public static CensusCharts installed() {
        return Installed.CHARTS;
    }

    /** Built on first use, once: the class path does not change under a running program. */
    private static final class Installed {
        static final CensusCharts CHARTS = load(CensusCharts.class.getClassLoader());
    }

    /** {@return every chart, in the order they were found: for the built-in set, the order of a publication} */
    public List<CensusChart> all() {
        return charts;
    }

    /** {@return the ids of {@link #all()}} */
    public List<String> ids() {
        return charts.stream().map(CensusChart::id).toList();
    }

    /**
     * {@return the chart of that id, if there is one}
     *
     * @param id a chart's id ("map")
     */
    public Optional<CensusChart> byId(String id) {
        Objects.requireNonNull(id, "id");
        return charts.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * {@return the chart of that id}
     *
     * @param id a chart's id ("map")
     * @throws CensusException naming the known ids, when no chart has that id
     */
    public CensusChart require(String id) {
        return byId(id).orElseThrow(() -> new CensusException("no chart \"" + id + "\"; known charts: "
                + String.join(", ", ids())));
    }

    /** {@return the providers that could not be loaded, each with its class name and why} */
    public List<PluginProblem> problems() {
        return problems;
    }
}
