package org.census.io;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.census.CensusFormatException;
import org.census.bundled.BundledCensus;
import org.census.io.testing.ByteMutation;
import org.census.io.testing.TestCensus;
import org.census.model.Census;

/**
 * Byte-mutation fuzzing of the readers (jqwik, bounded by its number of tries): whatever the bytes, a reader gives a
 * census or a {@link CensusFormatException}, never another exception. The xlsx reader's are in census-xlsx.
 */
class ReaderFuzzProperties {
    private static final Census SMALL = new Census(BundledCensus.load().edition(),
            BundledCensus.load().partnerships().subList(0, 3), BundledCensus.load().solidarityFund(), List.of());
    private static final byte[] JSON = TestCensus.write(SMALL, "json");

    @Provide
    Arbitrary<List<ByteMutation>> mutations() {
        return ByteMutation.lists();
    }

    @Property(tries = 300)
    void jsonReaderOnlyThrowsTheFormatException(@ForAll("mutations") List<ByteMutation> mutations) {
        TestCensus.readOrRefuse(ByteMutation.apply(JSON, mutations), "json");
    }
}
