package org.census.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The codes of a country's first-level regions, kept as data ({@code org/census/geo/CC.tsv}, CC the ISO 3166-1
 * alpha-2 code of the census edition's partner country): a census of another country needs a file, not code. A country
 * without a file has no codes, and what needs them says so.
 */
public final class RegionCodes {

    /**
     * One region.
     *
     * @param name     its name as the census edition spells it
     * @param pcode    its OCHA p-code (the coding that humanitarian tables use)
     * @param iso      its ISO 3166-2 code
     * @param gadm     its GADM GID_1 code (IATI's geographic vocabulary A3: IATI lists no ISO 3166-2 vocabulary)
     * @param variants other spellings met in spreadsheets
     */
    public record Region(String name, String pcode, String iso, String gadm, List<String> variants) {
        public Region {
            variants = List.copyOf(variants);
        }
    }

    private static final ConcurrentHashMap<String, List<Region>> CACHE = new ConcurrentHashMap<>();

    private RegionCodes() {
    }

    /** The regions of a country in the file's order, empty when the project has no file for it. */
    public static List<Region> of(String country) {
        String cc = country.strip().toUpperCase(Locale.ROOT);
        if (!cc.matches("[A-Z]{2}")) {
            return List.of();
        }
        return CACHE.computeIfAbsent(cc, RegionCodes::load);
    }

    /** The region of that name (as the edition spells it) in that country. */
    public static Optional<Region> find(String country, String region) {
        return of(country).stream().filter(r -> r.name().equals(region)).findFirst();
    }

    private static List<Region> load(String cc) {
        try (InputStream in = RegionCodes.class.getResourceAsStream("/org/census/geo/" + cc + ".tsv")) {
            if (in == null) {
                return List.of();
            }
            List<Region> regions = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 5) {
                    throw new IllegalStateException("org/census/geo/" + cc + ".tsv: 5 columns expected: " + line);
                }
                List<String> variants = f[4].isEmpty() ? List.of() : List.of(f[4].split("\\|"));
                regions.add(new Region(f[0], f[1], f[2], f[3], variants));
            }
            return List.copyOf(regions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
