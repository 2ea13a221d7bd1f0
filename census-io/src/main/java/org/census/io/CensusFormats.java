package org.census.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import org.census.CensusException;
import org.census.io.spi.CensusFormat;
import org.census.io.spi.FormatInfo;

/**
 * The census formats found by {@link ServiceLoader}: an immutable registry, looked up by name and by file extension.
 *
 * <p>A provider that cannot be loaded is reported in {@link #problems()} by name and does not stop the others. Two
 * providers claiming one name or one extension fail the load, naming both: no precedence by order.
 */
public final class CensusFormats {
    private final Map<String, CensusFormat> byName;
    private final Map<String, CensusFormat> byExtension;
    private final List<String> problems;

    private CensusFormats(Map<String, CensusFormat> byName, Map<String, CensusFormat> byExtension,
                          List<String> problems) {
        this.byName = Collections.unmodifiableMap(byName);
        this.byExtension = Collections.unmodifiableMap(byExtension);
        this.problems = List.copyOf(problems);
    }

    /** The formats this class loader's {@code META-INF/services/org.census.io.spi.CensusFormat} files name. */
    public static CensusFormats load(ClassLoader loader) {
        Map<String, CensusFormat> names = new LinkedHashMap<>();
        Map<String, CensusFormat> extensions = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Iterator<ServiceLoader.Provider<CensusFormat>> providers = ServiceLoader.load(CensusFormat.class, loader)
                .stream().iterator();
        // After a provider fails, ServiceLoader goes on to the next one; the bound guards against a loop.
        for (int attempt = 0; attempt < 10_000; attempt++) {
            CensusFormat format;
            try {
                if (!providers.hasNext()) {
                    break;
                }
                format = providers.next().get();
                format.info();
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                problems.add(describe(e));
                continue;
            }
            FormatInfo info = format.info();
            claim(names, info.name(), format, "name");
            for (String ext : info.extensions()) {
                claim(extensions, ext, format, "extension");
            }
        }
        return new CensusFormats(names, extensions, problems);
    }

    /** The formats visible to the thread's context class loader. */
    public static CensusFormats installed() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return load(loader == null ? CensusFormats.class.getClassLoader() : loader);
    }

    private static void claim(Map<String, CensusFormat> map, String key, CensusFormat format, String what) {
        CensusFormat earlier = map.putIfAbsent(key, format);
        if (earlier != null) {
            throw new CensusException("two census formats claim the " + what + " \"" + key + "\": "
                    + earlier.getClass().getName() + " and " + format.getClass().getName()
                    + "; remove one of them from the class path");
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        if (e.getCause() != null && e.getCause() != e) {
            message += " (" + e.getCause() + ")";
        }
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** What each format is, sorted by name. */
    public List<FormatInfo> all() {
        return byName.values().stream().map(CensusFormat::info)
                .sorted(java.util.Comparator.comparing(FormatInfo::name)).toList();
    }

    /** The format of this name (case-insensitive). */
    public Optional<CensusFormat> byName(String name) {
        return Optional.ofNullable(byName.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /** The format claiming this extension ("xlsx", ".xlsx"). */
    public Optional<CensusFormat> byExtension(String extension) {
        try {
            return Optional.ofNullable(byExtension.get(FormatInfo.extension(extension)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The format of this name, or an exception listing the known names. */
    public CensusFormat require(String name) {
        return byName(name).orElseThrow(() -> new CensusException("unknown census format \"" + name
                + "\"; known formats: " + names()));
    }

    /**
     * The format to use for a file: the one named, else the one claiming the file's extension. A name may carry
     * options after a colon ({@code csv:separator=semicolon}); they are ignored here.
     */
    public CensusFormat forPath(Path file, Optional<String> explicitName) {
        if (explicitName.isPresent()) {
            return require(FormatSpec.parse(explicitName.get()).name());
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            throw new CensusException(file + ": no file extension to tell the format by; name one of " + names()
                    + " or use one of the extensions " + new java.util.TreeSet<>(byExtension.keySet()));
        }
        String ext = name.substring(dot + 1);
        return byExtension(ext).orElseThrow(() -> new CensusException(file + ": no census format for the extension ."
                + ext.toLowerCase(Locale.ROOT) + "; known extensions: " + new java.util.TreeSet<>(byExtension.keySet())
                + ", or name one of the formats " + names()));
    }

    /** Providers that could not be loaded, each described on one line with its class name. */
    public List<String> problems() {
        return problems;
    }

    private List<String> names() {
        return all().stream().map(FormatInfo::name).toList();
    }

    @Override
    public String toString() {
        return "CensusFormats" + names();
    }
}
