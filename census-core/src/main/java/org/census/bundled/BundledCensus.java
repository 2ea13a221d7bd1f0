package org.census.bundled;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.census.CensusException;
import org.census.CensusIOException;
import org.census.json.CensusJson;
import org.census.model.Census;

/**
 * The censuses shipped with the library as data, in the census JSON format. Which censuses exist is itself data: the
 * resource {@code index.txt} lists their ids, one per line.
 */
public final class BundledCensus {
    /** The census the tools use when none is named: Mali, 2013 edition. */
    public static final String DEFAULT_ID = "ml-2013";

    /** Each bundled census read once: a census is immutable, and reading one checks every form (most of a second). */
    private static final Map<String, Census> LOADED = new ConcurrentHashMap<>();

    private BundledCensus() {
    }

    /** The ids of the bundled censuses, e.g. {@code ml-2013}. */
    public static List<String> ids() {
        try (InputStream in = BundledCensus.class.getResourceAsStream("index.txt")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new CensusIOException("cannot read the index of the bundled censuses: " + e.getMessage(), e);
        }
    }

    /** The bundled census of that id, read on first use and shared: it is immutable. */
    public static Census load(String id) {
        return LOADED.computeIfAbsent(id, BundledCensus::read);
    }

    private static Census read(String id) {
        String resource = resourceName(id);
        try (InputStream in = BundledCensus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new CensusException("no bundled census \"" + id + "\"; bundled: " + ids());
            }
            return CensusJson.read(in, "bundled:" + id);
        } catch (IOException e) {
            throw new CensusIOException("cannot read the bundled census " + id + ": " + e.getMessage(), e);
        }
    }

    /** The default bundled census. */
    public static Census load() {
        return load(DEFAULT_ID);
    }

    /** The resource name, relative to this class, of a bundled census. */
    static String resourceName(String id) {
        if (!id.matches("[a-z0-9-]+")) {
            throw new CensusException("not a census id: \"" + id + "\"");
        }
        return id + ".census.json";
    }
}
