package org.census.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.census.CensusException;
import org.census.bundled.BundledCensus;
import org.census.io.CensusFormats;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatOptions;
import org.census.model.Census;
import org.census.model.CensusEdition;
import org.census.overview.Breakdown;
import org.census.overview.Dimension;
import org.census.overview.Group;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;

class GeoJsonCensusFormatTest {
    private static final Census BUNDLED = BundledCensus.load();
    private static final GeometryFactory JTS = new GeometryFactory();

    static byte[] export(Census census, String options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CensusSink sink = CensusFormats.installed().require("geojson").write(out, FormatOptions.parse(options))) {
            sink.census(census);
        }
        return out.toByteArray();
    }

    private static JsonNode parse(byte[] bytes) throws Exception {
        return new ObjectMapper().readTree(bytes);
    }

    private static Map<String, JsonNode> regions(JsonNode collection) {
        Map<String, JsonNode> regions = new LinkedHashMap<>();
        for (JsonNode f : collection.get("features")) {
            if (f.at("/properties/kind").asText().equals("region")) {
                regions.put(f.at("/properties/region").asText(), f);
            }
        }
        return regions;
    }

    @Test
    void oneFeaturePerRegionWithTheOverviewsFiguresByRegion() throws Exception {
        JsonNode root = parse(export(BUNDLED, ""));
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        Map<String, JsonNode> regions = regions(root);
        assertThat(regions.keySet()).containsExactlyElementsOf(BUNDLED.edition().regions());
        assertThat(root.get("features")).hasSize(9);
        for (Group g : Breakdown.of(BUNDLED, Dimension.REGION).groups()) {
            JsonNode p = regions.get(g.key()).get("properties");
            assertThat(p.get("partnerships").asInt()).as(g.key()).isEqualTo(g.partnerships());
            assertThat(p.get("actions").asInt()).as(g.key()).isEqualTo(g.actions());
            assertThat(p.get("annualBudgetsLowEur").decimalValue())
                    .isEqualByComparingTo(g.annualBudgets().orElseThrow().lowEur());
            assertThat(p.get("annualBudgetsHighEur").decimalValue())
                    .isEqualByComparingTo(g.annualBudgets().orElseThrow().highEur());
            assertThat(p.get("actionBudgetsLowEur").decimalValue()).isEqualByComparingTo(g.actionBudgets().lowEur());
            assertThat(p.get("actionBudgetsHighEur").decimalValue())
                    .isEqualByComparingTo(g.actionBudgets().highEur());
            // The domains of the region's own partnerships, as the overview groups them.
            Census ofRegion = BUNDLED.header().with(BUNDLED.partnerships().stream()
                    .filter(f -> f.regions().contains(g.key())).toList());
            Map<String, Integer> expected = new LinkedHashMap<>();
            Breakdown.of(ofRegion, Dimension.DOMAIN).groups().forEach(d -> expected.put(d.key(), d.actions()));
            Map<String, Integer> domains = new LinkedHashMap<>();
            p.get("domains").fields().forEachRemaining(e -> domains.put(e.getKey(), e.getValue().asInt()));
            assertThat(domains).as(g.key()).containsExactlyEntriesOf(expected);
        }
        JsonNode bamako = regions.get("Bamako").get("properties");
        assertThat(bamako.get("pcode").asText()).isEqualTo("ML09");
        assertThat(bamako.get("iso").asText()).isEqualTo("ML-BKO");
        assertThat(regions.get("Koulikoro").at("/geometry/coordinates")).as("Bamako's hole").hasSize(2);
        assertThat(root.at("/census/map").asText()).startsWith("Natural Earth");
    }

    /** RFC 7946: no crs, lon/lat in range, closed rings of four positions or more, exterior rings counter-clockwise. */
    @Test
    void theFileKeepsRfc7946sRules() throws Exception {
        byte[] bytes = export(BUNDLED, "points=true");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\"crs\"");
        JsonNode root = parse(bytes);
        int rings = 0;
        for (JsonNode f : root.get("features")) {
            assertThat(f.get("type").asText()).isEqualTo("Feature");
            for (List<List<double[]>> polygon : polygons(f.get("geometry"))) {
                for (int i = 0; i < polygon.size(); i++) {
                    List<double[]> ring = polygon.get(i);
                    assertThat(ring.size()).isGreaterThanOrEqualTo(4);
                    assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
                    double area = signedArea(ring);
                    assertThat(i == 0 ? area > 0 : area < 0)
                            .as("ring %d of %s wound %s", i, f.get("id"), i == 0 ? "counter-clockwise" : "clockwise")
                            .isTrue();
                    rings++;
                }
            }
        }
        assertThat(rings).isEqualTo(10);
        List<JsonNode> positions = new ArrayList<>();
        root.findValues("coordinates").forEach(c -> collectPositions(c, positions));
        assertThat(positions).isNotEmpty().allSatisfy(p -> {
            assertThat(p).hasSize(2);
            assertThat(p.get(0).asDouble()).isBetween(-180.0, 180.0);
            assertThat(p.get(1).asDouble()).isBetween(-90.0, 90.0);
            assertThat(p.get(0).decimalValue().scale()).isLessThanOrEqualTo(5);
            assertThat(p.get(1).decimalValue().scale()).isLessThanOrEqualTo(5);
        });
        // Small enough for a web page: the outlines are stored at 0.01 degree.
        assertThat(bytes.length).isBetween(40_000, 70_000);
    }

    /** JTS's validity (OGC simple features): no self-intersection, holes inside their shell; points inside. */
    @Test
    void geometriesAreValidAndEachPointLiesInItsRegion() throws Exception {
        JsonNode root = parse(export(BUNDLED, "points=true"));
        Map<String, Geometry> shapes = new LinkedHashMap<>();
        for (JsonNode f : regions(root).values()) {
            List<Polygon> polygons = polygons(f.get("geometry")).stream().map(GeoJsonCensusFormatTest::jts).toList();
            Geometry shape = JTS.createMultiPolygon(polygons.toArray(Polygon[]::new));
            IsValidOp valid = new IsValidOp(shape);
            assertThat(valid.isValid()).as("%s: %s", f.get("id"), valid.getValidationError()).isTrue();
            shapes.put(f.get("id").asText(), shape);
        }
        int points = 0;
        for (JsonNode f : root.get("features")) {
            if (!f.at("/properties/kind").asText().equals("partnership")) {
                continue;
            }
            JsonNode geometry = f.get("geometry");
            List<JsonNode> at = new ArrayList<>();
            collectPositions(geometry.get("coordinates"), at);
            List<String> regions = new ArrayList<>();
            f.at("/properties/regions").forEach(r -> regions.add(r.asText()));
            assertThat(geometry.get("type").asText()).isEqualTo(at.size() == 1 ? "Point" : "MultiPoint");
            assertThat(at).hasSameSizeAs(regions.stream().distinct().toList());
            for (int i = 0; i < at.size(); i++) {
                Geometry point = JTS.createPoint(new Coordinate(at.get(i).get(0).asDouble(), at.get(i).get(1).asDouble()));
                assertThat(shapes.get(regions.get(i)).contains(point)).as("%s in %s", f.get("id"), regions.get(i))
                        .isTrue();
            }
            points++;
        }
        assertThat(points).isEqualTo(BUNDLED.distinctPartnerships().size());
    }

    @Test
    void pointsComeOnlyWhenAskedAndCarryNoContact() throws Exception {
        String plain = new String(export(BUNDLED, ""), StandardCharsets.UTF_8);
        assertThat(plain).doesNotContain("\"partnership\"");
        String withPoints = new String(export(BUNDLED, "points"), StandardCharsets.UTF_8);
        JsonNode thionville = null;
        for (JsonNode f : parse(withPoints.getBytes(StandardCharsets.UTF_8)).get("features")) {
            if (f.get("id").asText().equals("thionville-gao")) {
                thionville = f;
            }
        }
        assertThat(thionville).isNotNull();
        assertThat(thionville.at("/geometry/type").asText()).isEqualTo("MultiPoint");
        assertThat(thionville.at("/properties/actions").asInt()).isEqualTo(19);
        assertThat(withPoints).doesNotContain("thionville-kenieba-konko").doesNotContain("Anne-Sophie LE MARCHAND");
    }

    @Test
    void optionsAndCountriesWithoutOutlinesAreRefusedSayingWhy() {
        assertThatThrownBy(() -> export(BUNDLED, "centroids=true")).isInstanceOf(CensusException.class)
                .hasMessage("format geojson has no option \"centroids\"; known options: [points]");
        CensusEdition e = BUNDLED.edition();
        Census senegal = new Census(new CensusEdition(e.id(), e.title(), e.subtitle(), e.publisher(), "SN",
                e.language(), e.editionDate(), e.surveyPeriod(), e.crisisReferenceDate(), e.sourceUrl(),
                e.sourceLine(), List.of("Dakar")), List.of(), Optional.empty(), List.of());
        assertThatThrownBy(() -> export(senegal, "")).isInstanceOf(CensusException.class)
                .hasMessageStartingWith("geojson: no region outlines ship for the partner country SN; add "
                        + "census-core's org/census/geo/SN.json");
    }

    @Test
    void aRegionOffTheMapKeepsItsFiguresWithANullGeometry() throws Exception {
        CensusEdition e = BUNDLED.edition();
        List<String> regions = new ArrayList<>(e.regions());
        regions.add("Ménaka");
        Census census = new Census(new CensusEdition(e.id(), e.title(), e.subtitle(), e.publisher(),
                e.partnerCountry(), e.language(), e.editionDate(), e.surveyPeriod(), e.crisisReferenceDate(),
                e.sourceUrl(), e.sourceLine(), regions), BUNDLED.partnerships(), BUNDLED.solidarityFund(),
                BUNDLED.statedFigures());
        JsonNode menaka = regions(parse(export(census, ""))).get("Ménaka");
        assertThat(menaka.get("geometry").isNull()).isTrue();
        assertThat(menaka.at("/properties/partnerships").asInt()).isZero();
        assertThat(menaka.at("/properties/pcode").isNull()).isTrue();
    }

    // --- geometry helpers

    /** The polygons of a Polygon or MultiPolygon, each a list of rings of [lon, lat]; none for other types. */
    static List<List<List<double[]>>> polygons(JsonNode geometry) {
        if (geometry == null || geometry.isNull()) {
            return List.of();
        }
        JsonNode c = geometry.get("coordinates");
        return switch (geometry.get("type").asText()) {
            case "Polygon" -> List.of(rings(c));
            case "MultiPolygon" -> {
                List<List<List<double[]>>> all = new ArrayList<>();
                c.forEach(p -> all.add(rings(p)));
                yield all;
            }
            default -> List.of();
        };
    }

    private static List<List<double[]>> rings(JsonNode polygon) {
        List<List<double[]>> rings = new ArrayList<>();
        for (JsonNode ring : polygon) {
            List<double[]> points = new ArrayList<>();
            ring.forEach(p -> points.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()}));
            rings.add(points);
        }
        return rings;
    }

    private static Polygon jts(List<List<double[]>> rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = rings.subList(1, rings.size()).stream().map(GeoJsonCensusFormatTest::ring)
                .toArray(LinearRing[]::new);
        return JTS.createPolygon(shell, holes);
    }

    private static LinearRing ring(List<double[]> points) {
        return JTS.createLinearRing(points.stream().map(p -> new Coordinate(p[0], p[1])).toArray(Coordinate[]::new));
    }

    static double signedArea(List<double[]> ring) {
        double twice = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            twice += ring.get(i)[0] * ring.get(i + 1)[1] - ring.get(i + 1)[0] * ring.get(i)[1];
        }
        return twice / 2;
    }

    private static void collectPositions(JsonNode coordinates, List<JsonNode> positions) {
        if (coordinates.size() > 0 && coordinates.get(0).isNumber()) {
            positions.add(coordinates);
        } else {
            coordinates.forEach(c -> collectPositions(c, positions));
        }
    }
}
