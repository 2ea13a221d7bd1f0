package org.census.io.geojson;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.census.CensusException;
import org.census.CensusIOException;
import org.census.internal.RegionOutlines;
import org.census.io.spi.CensusFormat;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatInfo;
import org.census.io.spi.FormatOptions;
import org.census.model.CensusEdition;
import org.census.model.CensusHeader;
import org.census.model.Partnership;
import org.census.overview.Breakdown;
import org.census.overview.Dimension;
import org.census.overview.Group;

/**
 * The census as a map layer: a GeoJSON FeatureCollection (RFC 7946) with one feature per region of the census, its
 * outline from census-core's Natural Earth data ({@link RegionOutlines}) and the overview's figures by region as
 * properties; with {@code geojson:points=true}, first one point feature per partnership at its region's centroid
 * (a MultiPoint for a partnership of several regions), written as partnerships arrive. The regions' figures are
 * only known at the end, so their features follow the points.
 *
 * <p>RFC 7946 throughout: WGS84 longitude then latitude, exterior rings counter-clockwise and holes clockwise (as the
 * data is stored), no {@code crs} member, coordinates at 0.01 degree as shipped and centroids at 5 decimals. Forms
 * that repeat another are counted once, as in the overview. Contact persons are never written.
 */
public final class GeoJsonCensusFormat implements CensusFormat {
    static final FormatInfo INFO = new FormatInfo("geojson", List.of("geojson"), "application/geo+json", false,
            true);
    private static final Map<String, String> OPTIONS = FormatOptions.described(
            "points", "true to add one point feature per partnership at its region's centroid (default false)");
    private static final JsonFactory JSON = JsonFactory.builder().build();

    @Override
    public FormatInfo info() {
        return INFO;
    }

    @Override
    public Map<String, String> options() {
        return OPTIONS;
    }

    @Override
    public void read(InputStream in, String source, FormatOptions options, CensusSink sink) {
        throw new CensusException("geojson is written, not read: a map layer does not hold a census; read json or "
                + "xlsx");
    }

    @Override
    public CensusSink write(OutputStream out, FormatOptions options) {
        options.onlyKeys(INFO.name(), OPTIONS.keySet());
        boolean points = options.flag("points", false);
        return new CensusSink() {
            private JsonGenerator json;
            private GeoJsonFeatures features;
            private Breakdown.Accumulator regions;
            // The domains of each region's actions: one DOMAIN breakdown per region, fed its partnerships.
            private final Map<String, Breakdown.Accumulator> domains = new LinkedHashMap<>();
            private CensusEdition edition;

            @Override
            public void start(CensusHeader header) {
                edition = header.edition();
                RegionOutlines outlines = RegionOutlines.of(edition.partnerCountry()).orElseThrow(() ->
                        new CensusException("geojson: no region outlines ship for the partner country "
                                + edition.partnerCountry() + "; add census-core's org/census/geo/"
                                + edition.partnerCountry() + ".json (src/build/geo/admin1_from_natural_earth.py)"));
                regions = new Breakdown.Accumulator(edition, Dimension.REGION);
                CensusIOException.run("cannot write GeoJSON", () -> {
                    json = JSON.createGenerator(out, JsonEncoding.UTF8)
                            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
                    features = new GeoJsonFeatures(json, outlines, edition);
                    features.startCollection();
                });
            }

            @Override
            public void partnership(Partnership p) {
                if (p.isRepeat()) {
                    return;
                }
                regions.add(p);
                for (String region : p.regions().stream().distinct().toList()) {
                    domains.computeIfAbsent(region, r -> new Breakdown.Accumulator(edition, Dimension.DOMAIN)).add(p);
                }
                if (points) {
                    CensusIOException.run("cannot write GeoJSON", () -> features.point(p));
                }
            }

            @Override
            public void end(CensusHeader header) {
                CensusIOException.run("cannot write GeoJSON", () -> {
                    for (Group g : regions.breakdown().groups()) {
                        if (!g.key().equals(Breakdown.UNKNOWN)) {
                            Breakdown.Accumulator d = domains.get(g.key());
                            features.region(g, d == null ? List.of() : d.breakdown().groups());
                        }
                    }
                    features.endCollection();
                    json.flush();
                });
            }
        };
    }
}
