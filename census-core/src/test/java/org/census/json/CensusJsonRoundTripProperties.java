package org.census.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.census.bundled.BundledCensus;
import org.census.model.Census;
import org.census.testing.CensusArbitraries;

class CensusJsonRoundTripProperties {

    @Provide
    Arbitrary<Census> censuses() {
        return CensusArbitraries.censuses();
    }

    @Property(tries = 200)
    void jsonRoundTripGivesAnEqualCensus(@ForAll("censuses") Census census) {
        assertThat(roundTrip(census)).isEqualTo(census);
    }

    @Provide
    Arbitrary<Census> censusesAtTheLimits() {
        return CensusArbitraries.censusesAtTheLimits();
    }

    /** Every census the model accepts, up to its limits, is written so that it reads back (issue 10, point 10). */
    @Property(tries = 40)
    void aCensusAtTheLimitsRoundTrips(@ForAll("censusesAtTheLimits") Census census) {
        assertThat(roundTrip(census)).isEqualTo(census);
    }

    @Example
    void bundledCensusRoundTrips() {
        Census census = BundledCensus.load();
        assertThat(roundTrip(census)).isEqualTo(census);
        assertThat(roundTrip(census.withoutContacts())).isEqualTo(census.withoutContacts());
    }

    @Example
    void fileWriteIsAtomicAndLeavesNoTemporaryFile() throws Exception {
        Path dir = Files.createTempDirectory("census-json");
        Path file = dir.resolve("c.json");
        Census census = BundledCensus.load();
        CensusJson.write(census, file);
        assertThat(CensusJson.read(file)).isEqualTo(census);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    private static Census roundTrip(Census census) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CensusJson.write(census, out);
        return CensusJson.read(new ByteArrayInputStream(out.toByteArray()), "round-trip");
    }
}
