package org.census.testing;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reads the module declarations the build compiled, for the tests of each module's public API. */
public final class ModuleDescriptors {
    private ModuleDescriptors() {
    }

    /** The compiled module-info of the classes directory or jar a class was loaded from. */
    public static ModuleDescriptor beside(Class<?> type) throws Exception {
        Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (InputStream in = Files.newInputStream(location.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    /** Each exported package and the modules it is exported to (none: to everyone). */
    public static Map<String, Set<String>> exports(ModuleDescriptor module) {
        return module.exports().stream().collect(Collectors.toMap(ModuleDescriptor.Exports::source,
                ModuleDescriptor.Exports::targets, (a, b) -> a, TreeMap::new));
    }
}
