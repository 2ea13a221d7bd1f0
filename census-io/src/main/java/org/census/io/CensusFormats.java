package org.census.io;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;

import org.census.CensusException;
import org.census.PluginProblem;
import org.census.internal.Plugins;
import org.census.io.spi.CensusFormat;
import org.census.io.spi.FormatInfo;

/**
 * The census formats found by {@link ServiceLoader}: an immutable registry, looked up by name and by file extension.
 *
 * <p>A provider that cannot be loaded, or whose {@link CensusFormat#info()} throws or is null, is reported in
 * {@link #problems()} by its class name and does not stop the others. Two providers claiming one name or one
 * extension fail the load, naming both: no precedence by order.
 */
public final class CensusFormats {
    private final Map<String, CensusFormat> byName;
    private final Map<String, CensusFormat> byExtension;
    private final List<PluginProblem> problems;

    private CensusFormats(Map<String, CensusFormat> byName, Map<String, CensusFormat> byExtension,
                          List<PluginProblem> problems) {
        this.byName = Collections.unmodifiableMap(byName);
        this.byExtension = Collections.unmodifiableMap(byExtension);
        this.problems = List.copyOf(problems);
    }

    /** The formats this class loader's {@code META-INF/services/org.census.io.spi.CensusFormat} files name. */
    public static CensusFormats load(ClassLoader loader) {
        Plugins.Loaded<CensusFormat> loaded = Plugins.load(ServiceLoader.load(CensusFormat.class, loader),
                format -> format.info() == null ? Optional.of("info() returned null") : Optional.empty());
        Map<String, CensusFormat> names = new LinkedHashMap<>();
        Map<String, CensusFormat> extensions = new LinkedHashMap<>();
        for (CensusFormat format : loaded.plugins()) {
            FormatInfo info = format.info();
            claim(names, info.name(), format, "name");
            // A format used only when named (table) lists its extensions without claiming them.
            for (String ext : info.byExtension() ? info.extensions() : List.<String>of()) {
                claim(extensions, ext, format, "extension");
            }
        }
        return new CensusFormats(names, extensions, loaded.problems());
    }

    /**
     * The formats of census-io's own class loader (the built-in ones and any jar beside it), loaded once. An
     * application that loads plugins through a class loader of its own passes it to {@link #load(ClassLoader)}.
     */
    public static CensusFormats installed() {
        return Installed.FORMATS;
    }

    /** Built on first use, once: the class path does not change under a running program. */
    private static final class Installed {
        static final CensusFormats FORMATS = load(CensusFormats.class.getClassLoader());
    }

    private static void claim(Map<String, CensusFormat> map, String key, CensusFormat format, String what) {
        CensusFormat earlier = map.putIfAbsent(key, format);
        if (earlier != null) {
            throw new CensusException("two census formats claim the " + what + " \"" + key + "\": "
                    + earlier.getClass().getName() + " and " + format.getClass().getName()
                    + "; remove one of them from the class path");
        }
    }

    /** What each format is, sorted by name. */
    public List<FormatInfo> all() {
        return byName.values().stream().map(CensusFormat::info).sorted(Comparator.comparing(FormatInfo::name))
                .toList();
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
                    + " or use one of the extensions " + new TreeSet<>(byExtension.keySet()));
        }
        String ext = name.substring(dot + 1);
        return byExtension(ext).orElseThrow(() -> new CensusException(file + ": no census format for the extension ."
                + ext.toLowerCase(Locale.ROOT) + "; known extensions: " + new TreeSet<>(byExtension.keySet())
                + ", or name one of the formats " + names()));
    }

    /** Providers that could not be loaded, each with its class name and why. */
    public List<PluginProblem> problems() {
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
