package org.census.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.census.CensusException;
import org.census.bundled.BundledCensus;
import org.census.io.CensusFiles;
import org.census.io.ProgressListener;
import org.census.io.TestCensus;
import org.census.json.CensusJson;
import org.census.model.Census;
import org.census.testing.CensusArbitraries;

class XlsxCensusFormatTest {
    private static final Census BUNDLED = BundledCensus.load();

    @Provide
    Arbitrary<Census> censuses() {
        return CensusArbitraries.censuses();
    }

    @Example
    void bundledCensusRoundTripsThroughTheTablesLayout() {
        Census back = TestCensus.roundTrip(BUNDLED, "xlsx");
        assertThat(back).isEqualTo(BUNDLED);
        assertThat(json(back)).isEqualTo(json(BUNDLED));
    }

    @Property(tries = 60)
    void randomCensusesRoundTrip(@ForAll("censuses") Census census) {
        assertThat(TestCensus.roundTrip(census, "xlsx")).isEqualTo(census);
    }

    private static String json(Census census) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CensusJson.write(census, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
