package org.census.charts.internal;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.census.CensusException;
import org.census.CensusIOException;
import org.census.internal.FrenchText;

/**
 * The first-level regions of one country as outlines, read from the resource {@code geo/<ISO>.json} beside this
 * class's package ({@code org/census/charts/geo/ML.json}): data of the country, made once from public-domain Natural
 * Earth data by {@code census-charts/src/build/geo/admin1_from_natural_earth.py}.
 *
 * @param country the ISO 3166 alpha-2 code
 * @param source  where the outlines come from
 * @param regions the regions
 */
record RegionMap(String country, String source, List<Region> regions) {
    private static final String DIR = "/org/census/charts/geo/";

    /**
     * One region: its name as censuses spell it, other names it goes by, where its label goes, and its outline in
     * degrees (x longitude, y latitude).
     */
    record Region(String name, Set<String> aliases, Point2D label, Path2D outline) {
        /** True when a census's name for a region ("Tombouctou", "TOMBOUCTOU") names this one. */
        boolean isCalled(String censusName) {
            String folded = FrenchText.fold(censusName);
            return FrenchText.fold(name).equals(folded) || aliases.stream().anyMatch(
                    a -> FrenchText.fold(a).equals(folded));
        }
    }

    RegionMap {
        regions = List.copyOf(regions);
    }

    /** The map of a country, if this library ships one. */
    static Optional<RegionMap> of(String country) {
        if (!country.matches("[A-Z]{2}")) {
            return Optional.empty();
        }
        String resource = DIR + country + ".json";
        try (InputStream in = RegionMap.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(read(new ObjectMapper().readTree(in), resource));
        } catch (IOException e) {
            throw new CensusIOException("cannot read the map " + resource + ": " + e.getMessage(), e);
        }
    }

    Optional<Region> region(String censusName) {
        return regions.stream().filter(r -> r.isCalled(censusName)).findFirst();
    }

    private static RegionMap read(JsonNode root, String resource) {
        List<Region> regions = new ArrayList<>();
        for (JsonNode r : root.path("regions")) {
            Path2D outline = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (JsonNode polygon : r.path("polygons")) {
                for (JsonNode ring : polygon) {
                    boolean first = true;
                    for (JsonNode point : ring) {
                        double x = point.get(0).asDouble();
                        double y = point.get(1).asDouble();
                        if (first) {
                            outline.moveTo(x, y);
                            first = false;
                        } else {
                            outline.lineTo(x, y);
                        }
                    }
                    outline.closePath();
                }
            }
            Set<String> aliases = new TreeSet<>();
            r.path("aliases").forEach(a -> aliases.add(a.asText()));
            JsonNode label = r.path("label");
            if (!r.hasNonNull("name") || label.size() != 2 || outline.getCurrentPoint() == null) {
                throw new CensusException(resource + ": region " + regions.size()
                        + " lacks a name, a label point [lon, lat] or polygons");
            }
            regions.add(new Region(r.get("name").asText(), aliases,
                    new Point2D.Double(label.get(0).asDouble(), label.get(1).asDouble()), outline));
        }
        return new RegionMap(root.path("country").asText(), root.path("source").asText(), regions);
    }
}
