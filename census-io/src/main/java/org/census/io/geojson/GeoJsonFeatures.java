package org.census.io.geojson;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;

import org.census.internal.RegionCodes;
import org.census.internal.RegionOutlines;
import org.census.internal.RegionOutlines.Point;
import org.census.model.CensusEdition;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.model.PartyRole;
import org.census.overview.BudgetRange;
import org.census.overview.Group;
import org.census.overview.Overview;

/** Writes the FeatureCollection's parts: its start and end, a partnership's point, a region's polygon. */
final class GeoJsonFeatures {
    /** Decimals of a computed centroid: 5 is about a metre, well below the outlines' 0.01 degree. */
    private static final int CENTROID_DECIMALS = 5;

    private final JsonGenerator json;
    private final RegionOutlines outlines;
    private final CensusEdition edition;

    GeoJsonFeatures(JsonGenerator json, RegionOutlines outlines, CensusEdition edition) {
        this.json = json;
        this.outlines = outlines;
        this.edition = edition;
    }

    void startCollection() throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        // A foreign member (RFC 7946, 6.1): which census, and the credit lines a map must show.
        json.writeObjectFieldStart("census");
        json.writeStringField("id", edition.id());
        json.writeStringField("title", edition.title());
        json.writeStringField("source", edition.sourceLine());
        json.writeStringField("map", outlines.source());
        json.writeEndObject();
        json.writeArrayFieldStart("features");
    }

    void endCollection() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A partnership at its regions' centroids; nothing when none of its regions is on the map. */
    void point(Partnership p) throws IOException {
        List<Point> at = new ArrayList<>();
        for (String region : p.regions().stream().distinct().toList()) {
            outlines.region(region).map(RegionOutlines.Region::centroid).ifPresent(at::add);
        }
        if (at.isEmpty()) {
            return;
        }
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", p.id());
        json.writeObjectFieldStart("geometry");
        if (at.size() == 1) {
            json.writeStringField("type", "Point");
            json.writeFieldName("coordinates");
            position(at.get(0));
        } else {
            json.writeStringField("type", "MultiPoint");
            json.writeArrayFieldStart("coordinates");
            for (Point point : at) {
                position(point);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeStringField("kind", "partnership");
        json.writeStringField("id", p.id());
        strings("regions", p.regions());
        strings("frenchParties", parties(p.frenchParties()));
        strings("partnerParties", parties(p.partnerParties()));
        json.writeNumberField("actions", Overview.countedActions(p).size());
        range("annualBudget", p.annualBudget().lowEur(), p.annualBudget().highEur());
        json.writeStringField("continuation", p.continuation().status().name());
        json.writeEndObject();
        json.writeEndObject();
    }

    /** A region with the overview's figures for it and the number of its actions in each domain. */
    void region(Group g, List<Group> domains) throws IOException {
        Optional<RegionOutlines.Region> outline = outlines.region(g.key());
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", g.key());
        json.writeFieldName("geometry");
        if (outline.isPresent()) {
            polygons(outline.get().polygons());
        } else {
            json.writeNull(); // RFC 7946, 3.2: an unlocated feature; its figures still count
        }
        json.writeObjectFieldStart("properties");
        json.writeStringField("kind", "region");
        json.writeStringField("region", g.key());
        Optional<RegionCodes.Region> codes = RegionCodes.find(edition.partnerCountry(), g.key());
        json.writeStringField("pcode", codes.map(RegionCodes.Region::pcode).orElse(null));
        json.writeStringField("iso", codes.map(RegionCodes.Region::iso)
                .orElse(outline.map(RegionOutlines.Region::iso).orElse(null)));
        json.writeNumberField("partnerships", g.partnerships());
        json.writeNumberField("actions", g.actions());
        BudgetRange annual = g.annualBudgets().orElse(BudgetRange.EMPTY);
        range("annualBudgets", Optional.of(annual.lowEur()), Optional.of(annual.highEur()));
        json.writeNumberField("annualBudgetsStated", annual.known());
        range("actionBudgets", Optional.of(g.actionBudgets().lowEur()), Optional.of(g.actionBudgets().highEur()));
        json.writeNumberField("actionBudgetsStated", g.actionBudgets().known());
        json.writeObjectFieldStart("domains");
        for (Group d : domains) {
            json.writeNumberField(d.key(), d.actions());
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    private void polygons(List<List<List<Point>>> polygons) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", polygons.size() == 1 ? "Polygon" : "MultiPolygon");
        json.writeArrayFieldStart("coordinates");
        if (polygons.size() == 1) {
            rings(polygons.get(0));
        } else {
            for (List<List<Point>> polygon : polygons) {
                json.writeStartArray();
                rings(polygon);
                json.writeEndArray();
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void rings(List<List<Point>> rings) throws IOException {
        for (List<Point> ring : rings) {
            json.writeStartArray();
            for (Point p : ring) {
                json.writeStartArray();
                json.writeNumber(p.lon());
                json.writeNumber(p.lat());
                json.writeEndArray();
            }
            json.writeEndArray();
        }
    }

    private void position(Point p) throws IOException {
        json.writeStartArray();
        json.writeNumber(round(p.lon()));
        json.writeNumber(round(p.lat()));
        json.writeEndArray();
    }

    private static BigDecimal round(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(CENTROID_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /** {@code nameLowEur} and {@code nameHighEur}, null when no figure is stated. */
    private void range(String name, Optional<BigDecimal> low, Optional<BigDecimal> high) throws IOException {
        json.writeFieldName(name + "LowEur");
        number(low);
        json.writeFieldName(name + "HighEur");
        number(high);
    }

    private void number(Optional<BigDecimal> n) throws IOException {
        if (n.isPresent()) {
            json.writeNumber(n.get());
        } else {
            json.writeNull();
        }
    }

    private void strings(String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    private static List<String> parties(List<Party> parties) {
        return parties.stream().filter(p -> p.role() == PartyRole.PARTY).map(Party::name).toList();
    }
}
