package org.census.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.census.CensusFormatException;
import org.census.bundled.BundledCensus;
import org.census.model.Census;
import org.census.model.CensusHeader;
import org.census.model.Partnership;
import org.junit.jupiter.api.Test;

/** The streaming path: header, one partnership at a time, then the rest; the same bytes as the whole-census path. */
class JsonCensusStreamingTest {
    private static final Census BUNDLED = BundledCensus.load();

    private static byte[] json(Census census) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CensusJson.write(census, out);
        return out.toByteArray();
    }

    @Test
    void readsTheBundledCensusOnePartnershipAtATime() {
        try (JsonCensusReader reader = JsonCensusReader.open(new ByteArrayInputStream(json(BUNDLED)), "ml.json")) {
            CensusHeader header = reader.header();
            assertThat(header.edition()).isEqualTo(BUNDLED.edition());
            assertThat(header.statedFigures()).isEqualTo(BUNDLED.statedFigures());
            // The writer puts the solidarity fund after the partnerships: the header cannot know it yet.
            assertThat(header.solidarityFund()).isEmpty();
            List<Partnership> read = new ArrayList<>();
            for (Optional<Partnership> p = reader.next(); p.isPresent(); p = reader.next()) {
                read.add(p.get());
            }
            assertThat(read).hasSize(54).isEqualTo(BUNDLED.partnerships());
            assertThat(reader.end().solidarityFund()).isEqualTo(BUNDLED.solidarityFund());
        }
    }

    @Test
    void streamingWriterWritesTheSameBytesAsTheWholeCensusWriter() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CensusHeader header = new CensusHeader(BUNDLED.edition(), Optional.empty(), BUNDLED.statedFigures());
        try (JsonCensusWriter writer = JsonCensusWriter.open(out, header)) {
            BUNDLED.partnerships().forEach(writer::write);
            writer.finish(BUNDLED.header());
        }
        assertThat(out.toByteArray()).isEqualTo(json(BUNDLED));
    }

    @Test
    void partnershipsBeforeTheEditionAreReadAhead() {
        String doc = "{\"partnerships\": [{\"id\": \"a\"}, {\"id\": \"b\", \"sameAs\": \"a\"}], \"formatVersion\": 1,"
                + " \"census\": {\"id\": \"xx-2020\", \"title\": \"T\", \"publisher\": \"P\", \"partnerCountry\": \"ML\","
                + " \"editionDate\": \"2013-11-08\", \"crisisReferenceDate\": \"2012-03-22\"}}";
        try (JsonCensusReader reader = JsonCensusReader.open(
                new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "odd.json")) {
            assertThat(reader.header().edition().id()).isEqualTo("xx-2020");
            assertThat(reader.next()).map(Partnership::id).contains("a");
            assertThat(reader.next()).map(Partnership::id).contains("b");
            assertThat(reader.next()).isEmpty();
            assertThat(reader.end().edition().title()).isEqualTo("T");
        }
    }

    @Test
    void anErrorAfterManyPartnershipsNamesItsPointer() {
        String doc = new String(json(BUNDLED), StandardCharsets.UTF_8)
                .replaceFirst("\"printedTotalEur\": 98400", "\"printedTotalEur\": \"lots\"");
        try (JsonCensusReader reader = JsonCensusReader.open(
                new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "ml.json")) {
            int n = 0;
            while (reader.next().isPresent()) {
                n++;
            }
            assertThat(n).isEqualTo(54);
            assertThatThrownBy(reader::end).isInstanceOf(CensusFormatException.class)
                    .hasMessageStartingWith("ml.json: /solidarityFund/printedTotalEur: expected a number");
        }
    }

    @Test
    void memoisedDomainsDoNotConfuseTheDomainCellWithTheDescription() {
        String doc = "{\"formatVersion\": 1, \"census\": {\"id\": \"xx-2020\", \"title\": \"T\", \"publisher\": \"P\","
                + " \"partnerCountry\": \"ML\", \"editionDate\": \"2013-11-08\", \"crisisReferenceDate\": \"2012-03-22\"},"
                + " \"partnerships\": [{\"id\": \"a\", \"actions\": [{\"domain\": \"\\u0000\", \"description\": \"\"},"
                + " {\"domain\": \"\", \"description\": \"\\u0000\"}]}]}";
        Census census = CensusJson.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "k.json");
        assertThat(census.partnerships().get(0).actions()).extracting(a -> a.domain().raw())
                .containsExactly("\u0000", "");
    }
}
