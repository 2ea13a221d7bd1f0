package org.census.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.census.CensusException;
import org.census.CensusIOException;

/**
 * The outlines of a country's first-level regions, kept as data ({@code org/census/geo/CC.json}, beside the region
 * codes of {@link RegionCodes}): made once from public-domain Natural Earth data by
 * {@code census-core/src/build/geo/admin1_from_natural_earth.py}. In core because census-charts draws them and
 * census-io's GeoJSON export writes them, and those two modules never depend on each other.
 *
 * <p>The rings are as GeoJSON (RFC 7946) wants them: longitude then latitude in WGS84 degrees, closed (the last
 * point repeats the first), exterior rings counter-clockwise and holes clockwise (Bamako is a hole in Koulikoro).
 *
 * @param country the ISO 3166 alpha-2 code
 * @param source  where the outlines come from
 * @param regions the regions, in the file's order
 */
public record RegionOutlines(String country, String source, List<Region> regions) {
    private static final String DIR = "/org/census/geo/";
    private static final ConcurrentHashMap<String, Optional<RegionOutlines>> CACHE = new ConcurrentHashMap<>();

    /** A point in degrees. */
    public record Point(double lon, double lat) {
    }

    /**
     * One region.
     *
     * @param name     its name as censuses spell it
     * @param aliases  other names it goes by (Natural Earth's English, French and local names)
     * @param iso      its ISO 3166-2 code
     * @param label    Natural Earth's label point: inside the region, where a label reads best
     * @param polygons its polygons, each a list of rings: the exterior first, then its holes
     */
    public record Region(String name, List<String> aliases, String iso, Point label, List<List<List<Point>>> polygons) {
        public Region {
            aliases = List.copyOf(aliases);
            polygons = polygons.stream().map(p -> p.stream().map(List::copyOf).toList()).toList();
        }

        /** True when a census's name for a region ("Tombouctou", "TOMBOUCTOU", "Timbuktu") names this one. */
        public boolean isCalled(String censusName) {
            String folded = FrenchText.fold(censusName);
            return FrenchText.fold(name).equals(folded)
                    || aliases.stream().anyMatch(a -> FrenchText.fold(a).equals(folded));
        }

        /**
         * The centre of mass of the region's area (holes taken out), from the shoelace formula over its rings: a
         * hole, wound clockwise, has a negative area and so subtracts itself.
         */
        public Point centroid() {
            double area = 0;
            double x = 0;
            double y = 0;
            for (List<List<Point>> polygon : polygons) {
                for (List<Point> ring : polygon) {
                    for (int i = 0; i + 1 < ring.size(); i++) {
                        Point a = ring.get(i);
                        Point b = ring.get(i + 1);
                        double cross = a.lon() * b.lat() - b.lon() * a.lat();
                        area += cross;
                        x += (a.lon() + b.lon()) * cross;
                        y += (a.lat() + b.lat()) * cross;
                    }
                }
            }
            return new Point(x / (3 * area), y / (3 * area));
        }
    }

    public RegionOutlines {
        regions = List.copyOf(regions);
    }

    /** The outlines of a country, if the library ships them; read once. */
    public static Optional<RegionOutlines> of(String country) {
        String cc = country.strip().toUpperCase(Locale.ROOT);
        if (!cc.matches("[A-Z]{2}")) {
            return Optional.empty();
        }
        return CACHE.computeIfAbsent(cc, RegionOutlines::load);
    }

    /** The region a census names so. */
    public Optional<Region> region(String censusName) {
        return regions.stream().filter(r -> r.isCalled(censusName)).findFirst();
    }

    private static Optional<RegionOutlines> load(String cc) {
        String resource = DIR + cc + ".json";
        try (InputStream in = RegionOutlines.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(read(new ObjectMapper().readTree(in), resource));
        } catch (IOException e) {
            throw new CensusIOException("cannot read the map " + resource + ": " + e.getMessage(), e);
        }
    }

    private static RegionOutlines read(JsonNode root, String resource) {
        List<Region> regions = new ArrayList<>();
        for (JsonNode r : root.path("regions")) {
            List<List<List<Point>>> polygons = new ArrayList<>();
            for (JsonNode polygon : r.path("polygons")) {
                List<List<Point>> rings = new ArrayList<>();
                for (JsonNode ring : polygon) {
                    List<Point> points = new ArrayList<>();
                    ring.forEach(p -> points.add(point(p)));
                    if (points.size() < 4 || !points.get(0).equals(points.get(points.size() - 1))) {
                        throw new CensusException(resource + ": region " + regions.size()
                                + " has a ring that is not closed or has fewer than 4 points");
                    }
                    rings.add(points);
                }
                polygons.add(rings);
            }
            JsonNode label = r.path("label");
            if (!r.hasNonNull("name") || label.size() != 2 || polygons.isEmpty()) {
                throw new CensusException(resource + ": region " + regions.size()
                        + " lacks a name, a label point [lon, lat] or polygons");
            }
            List<String> aliases = new ArrayList<>();
            r.path("aliases").forEach(a -> aliases.add(a.asText()));
            regions.add(new Region(r.get("name").asText(), aliases, r.path("iso").asText(), point(label), polygons));
        }
        return new RegionOutlines(root.path("country").asText(), root.path("source").asText(), regions);
    }

    private static Point point(JsonNode lonLat) {
        return new Point(lonLat.get(0).asDouble(), lonLat.get(1).asDouble());
    }
}
