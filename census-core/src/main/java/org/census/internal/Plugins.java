package org.census.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;

import org.census.PluginProblem;

/**
 * The one {@link ServiceLoader} loop behind every plugin registry of the library. A provider that cannot be found,
 * instantiated or checked is left out and reported by its class name; the others load.
 */
public final class Plugins {
    /** More failures than this in one scan means the loader is not moving on: stop rather than loop. */
    private static final int MAX_PROBLEMS = 1_000;

    private Plugins() {
    }

    /**
     * The providers that loaded, in the order the services files name them, and the problems of the others.
     *
     * @param plugins  the providers that loaded and passed the check
     * @param problems one per provider left out
     */
    public record Loaded<T>(List<T> plugins, List<PluginProblem> problems) {
        public Loaded {
            plugins = List.copyOf(plugins);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Loads the providers of a service. The registry makes the {@link ServiceLoader} itself: on the module path, the
     * module that uses a service must be the one that declares it.
     *
     * @param check asks the new provider to describe itself and says what is wrong with it, if anything; what it
     *              throws is a problem of that provider too
     */
    public static <T> Loaded<T> load(ServiceLoader<T> services, Function<T, Optional<String>> check) {
        List<T> plugins = new ArrayList<>();
        List<PluginProblem> problems = new ArrayList<>();
        Iterator<ServiceLoader.Provider<T>> it = services.stream().iterator();
        while (problems.size() < MAX_PROBLEMS) {
            ServiceLoader.Provider<T> provider;
            try {
                if (!it.hasNext()) {
                    break;
                }
                provider = it.next();
            } catch (ServiceConfigurationError e) {
                // A class that is missing or not a provider: the message names it.
                problems.add(new PluginProblem(providerNamed(e), describe(e)));
                continue;
            }
            String name = provider.type().getName();
            try {
                T plugin = provider.get();
                Optional<String> wrong = check.apply(plugin);
                if (wrong.isPresent()) {
                    problems.add(new PluginProblem(name, wrong.get()));
                } else {
                    plugins.add(plugin);
                }
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                problems.add(new PluginProblem(name, "cannot be instantiated or described: " + describe(e)));
            }
        }
        return new Loaded<>(plugins, problems);
    }

    private static String describe(Throwable e) {
        Throwable why = e instanceof ServiceConfigurationError && e.getCause() != null ? e.getCause() : e;
        String message = why.getMessage() == null ? why.getClass().getName() : why.getClass().getSimpleName() + ": "
                + why.getMessage();
        return e == why ? message : e.getMessage() + " (" + message + ")";
    }

    /** ServiceLoader says "Provider org.x.Y not found" and the like: the class name is the word after "Provider". */
    private static String providerNamed(ServiceConfigurationError e) {
        String m = String.valueOf(e.getMessage());
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("Provider ([\\w.$]+)").matcher(m);
        return named.find() ? named.group(1) : "(unnamed provider)";
    }
}
