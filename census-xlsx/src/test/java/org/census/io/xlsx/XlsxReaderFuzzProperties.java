package org.census.io.xlsx;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.census.CensusFormatException;
import org.census.bundled.BundledCensus;
import org.census.io.testing.ByteMutation;
import org.census.io.testing.TestCensus;
import org.census.model.Census;

/**
 * Byte-mutation fuzzing of the xlsx reader (jqwik, bounded by its number of tries): whatever the bytes, it gives a
 * census or a {@link CensusFormatException}, never another exception.
 */
class XlsxReaderFuzzProperties {
    private static final Census SMALL = new Census(BundledCensus.load().edition(),
            BundledCensus.load().partnerships().subList(0, 3), BundledCensus.load().solidarityFund(), List.of());
    private static final byte[] XLSX = TestCensus.write(SMALL, "xlsx");

    @Provide
    Arbitrary<List<ByteMutation>> mutations() {
        return ByteMutation.lists();
    }

    @Property(tries = 150)
    void xlsxReaderOnlyThrowsTheFormatException(@ForAll("mutations") List<ByteMutation> mutations) {
        TestCensus.readOrRefuse(ByteMutation.apply(XLSX, mutations), "xlsx");
    }

    /**
     * Mutations of a sheet's XML inside a well-formed zip: byte mutations of the zip itself mostly stop at its
     * checksums, these reach the XML reader, the sheet joins and the text parsers.
     */
    @Property(tries = 200)
    void xlsxReaderOnlyThrowsTheFormatExceptionForAnyXml(@ForAll("mutations") List<ByteMutation> mutations,
                                                         @ForAll @IntRange(min = 1, max = 8) int sheet) {
        TestCensus.readOrRefuse(TestWorkbooks.withPart(XLSX, "xl/worksheets/sheet" + sheet + ".xml",
                xml -> ByteMutation.apply(xml, mutations)), "xlsx");
    }
}
