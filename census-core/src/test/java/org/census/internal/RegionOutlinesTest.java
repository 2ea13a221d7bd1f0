package org.census.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.census.bundled.BundledCensus;
import org.census.internal.RegionOutlines.Point;
import org.junit.jupiter.api.Test;

class RegionOutlinesTest {
    private static final RegionOutlines MALI = RegionOutlines.of("ML").orElseThrow();

    @Test
    void everyRegionOfTheBundledEditionHasAnOutlineWithTheIsoCodeOfTheCodesFile() {
        for (String name : BundledCensus.load().edition().regions()) {
            RegionOutlines.Region outline = MALI.region(name).orElseThrow(() -> new AssertionError(name));
            assertThat(outline.iso()).as(name).isEqualTo(RegionCodes.find("ML", name).orElseThrow().iso());
        }
        assertThat(MALI.regions()).hasSize(9);
        assertThat(MALI.region("TIMBUKTU").orElseThrow().name()).isEqualTo("Tombouctou");
        assertThat(MALI.source()).startsWith("Natural Earth 1:10m");
    }

    /** RFC 7946's right-hand rule, which the GeoJSON export relies on: exterior rings counter-clockwise, holes not. */
    @Test
    void ringsAreClosedAndWoundAsGeoJsonWantsThem() {
        int holes = 0;
        for (RegionOutlines.Region r : MALI.regions()) {
            for (List<List<Point>> polygon : r.polygons()) {
                for (int i = 0; i < polygon.size(); i++) {
                    List<Point> ring = polygon.get(i);
                    assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
                    assertThat(Math.signum(signedArea(ring))).as(r.name() + " ring " + i).isEqualTo(i == 0 ? 1.0 : -1.0);
                    holes += i == 0 ? 0 : 1;
                }
            }
        }
        assertThat(holes).as("Bamako in Koulikoro").isEqualTo(1);
    }

    @Test
    void centroidsAreTheAreaCentresHolesTakenOut() {
        // Bamako's district is a hole in Koulikoro: without it Koulikoro's centre would shift towards Bamako.
        Point koulikoro = MALI.region("Koulikoro").orElseThrow().centroid();
        assertThat(koulikoro.lon()).isCloseTo(-7.6424, within(1e-4));
        assertThat(koulikoro.lat()).isCloseTo(13.6105, within(1e-4));
        Point bamako = MALI.region("Bamako").orElseThrow().centroid();
        assertThat(bamako.lon()).isCloseTo(-7.9957, within(1e-4));
        assertThat(bamako.lat()).isCloseTo(12.6233, within(1e-4));
    }

    @Test
    void aCountryWithoutOutlinesHasNone() {
        assertThat(RegionOutlines.of("SN")).isEmpty();
        assertThat(RegionOutlines.of("../x")).isEmpty();
    }

    private static double signedArea(List<Point> ring) {
        double twice = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            twice += ring.get(i).lon() * ring.get(i + 1).lat() - ring.get(i + 1).lon() * ring.get(i).lat();
        }
        return twice / 2;
    }
}
