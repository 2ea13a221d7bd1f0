package org.census.charts;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

import org.census.CensusException;
import org.census.charts.spi.CensusChart;

/**
 * The chart kinds found on a class path, through {@link ServiceLoader}. Immutable. A provider that cannot be loaded,
 * or that describes itself wrongly, is left out and reported by name in {@link #problems()}; the others load. Two
 * providers claiming one id fail the load, naming both.
 */
public final class CensusCharts {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** More errors than this in one scan means the loader is not moving on: stop rather than loop. */
    private static final int MAX_PROBLEMS = 1_000;

    private final List<CensusChart> charts;
    private final List<String> problems;

    private CensusCharts(List<CensusChart> charts, List<String> problems) {
        this.charts = List.copyOf(charts);
        this.problems = List.copyOf(problems);
    }

    /** The charts registered with the class loader's {@code META-INF/services}, in the order they are found. */
    public static CensusCharts load(ClassLoader loader) {
        Map<String, CensusChart> byId = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Iterator<ServiceLoader.Provider<CensusChart>> it = ServiceLoader.load(CensusChart.class, loader).stream()
                .iterator();
        while (problems.size() < MAX_PROBLEMS) {
            ServiceLoader.Provider<CensusChart> provider;
            try {
                if (!it.hasNext()) {
                    break;
                }
                provider = it.next();
            } catch (ServiceConfigurationError e) {
                problems.add(e.getMessage());
                continue;
            }
            String name = provider.type().getName();
            CensusChart chart;
            String id;
            try {
                chart = provider.get();
                id = chart.id();
                chart.title(Locale.FRENCH);
                chart.title(Locale.ENGLISH);
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                Throwable why = e instanceof ServiceConfigurationError && e.getCause() != null ? e.getCause() : e;
                problems.add(name + ": cannot be instantiated or described: " + why);
                continue;
            }
            if (id == null || !ID.matcher(id).matches()) {
                problems.add(name + ": id \"" + id + "\" is not lower-case letters and digits with single hyphens");
                continue;
            }
            double height = chart.relativeHeight();
            if (!(height >= 0.5 && height <= 3)) {
                problems.add(name + ": relativeHeight " + height + " is not between 0.5 and 3");
                continue;
            }
            CensusChart previous = byId.putIfAbsent(id, chart);
            if (previous != null && previous.getClass() != chart.getClass()) {
                throw new CensusException("two chart providers claim the id \"" + id + "\": "
                        + previous.getClass().getName() + " and " + name + "; remove one from the class path");
            }
        }
        return new CensusCharts(new ArrayList<>(byId.values()), problems);
    }

    /** The charts of this library's class loader (the built-in set and any jar beside it). */
    public static CensusCharts installed() {
        return load(CensusCharts.class.getClassLoader());
    }

    /** Every chart, in the order they were found: for the built-in set, the order of a publication. */
    public List<CensusChart> all() {
        return charts;
    }

    /** The ids of {@link #all()}. */
    public List<String> ids() {
        return charts.stream().map(CensusChart::id).toList();
    }

    public Optional<CensusChart> byId(String id) {
        Objects.requireNonNull(id, "id");
        return charts.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The chart of that id, or an exception naming the known ids. */
    public CensusChart require(String id) {
        return byId(id).orElseThrow(() -> new CensusException("no chart \"" + id + "\"; known charts: "
                + String.join(", ", ids())));
    }

    /** One line per provider that could not be loaded, naming it and saying why. */
    public List<String> problems() {
        return problems;
    }
}
