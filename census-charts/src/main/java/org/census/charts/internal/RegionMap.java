package org.census.charts.internal;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.List;
import java.util.Optional;

import org.census.internal.RegionOutlines;

/**
 * The first-level regions of one country as shapes to draw: census-core's {@link RegionOutlines} (Natural Earth
 * data shipped as {@code org/census/geo/<ISO>.json}) turned into Java 2D paths once.
 *
 * @param country the ISO 3166 alpha-2 code
 * @param source  where the outlines come from
 * @param regions the regions
 */
record RegionMap(String country, String source, List<Region> regions) {

    /**
     * One region: its name as censuses spell it, where its label goes, and its outline in degrees (x longitude, y
     * latitude).
     */
    record Region(RegionOutlines.Region outlines, Point2D label, Path2D outline) {
        String name() {
            return outlines.name();
        }
    }

    RegionMap {
        regions = List.copyOf(regions);
    }

    /** The map of a country, if this library ships one. */
    static Optional<RegionMap> of(String country) {
        return RegionOutlines.of(country).map(o -> new RegionMap(o.country(), o.source(),
                o.regions().stream().map(RegionMap::shape).toList()));
    }

    Optional<Region> region(String censusName) {
        return regions.stream().filter(r -> r.outlines().isCalled(censusName)).findFirst();
    }

    private static Region shape(RegionOutlines.Region r) {
        Path2D outline = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (List<List<RegionOutlines.Point>> polygon : r.polygons()) {
            for (List<RegionOutlines.Point> ring : polygon) {
                outline.moveTo(ring.get(0).lon(), ring.get(0).lat());
                for (RegionOutlines.Point p : ring.subList(1, ring.size())) {
                    outline.lineTo(p.lon(), p.lat());
                }
                outline.closePath();
            }
        }
        return new Region(r, new Point2D.Double(r.label().lon(), r.label().lat()), outline);
    }
}
