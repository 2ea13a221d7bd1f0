package org.census.io;

import java.io.ByteArrayInputStream;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.census.CensusFormatException;
import org.census.bundled.BundledCensus;
import org.census.model.Census;

/**
 * Byte-mutation fuzzing of the readers (jqwik, bounded by its number of tries): whatever the bytes, a reader gives a
 * census or a {@link CensusFormatException}, never another exception.
 */
class ReaderFuzzProperties {
    private static final Census SMALL = new Census(BundledCensus.load().edition(),
            BundledCensus.load().partnerships().subList(0, 3), BundledCensus.load().solidarityFund(), List.of());
    private static final byte[] XLSX = TestCensus.write(SMALL, "xlsx");
    private static final byte[] JSON = TestCensus.write(SMALL, "json");

    record Mutation(int at, int value, int length) {
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, 255), Arbitraries.integers().between(1, 8))
                .as(Mutation::new).list().ofMinSize(1).ofMaxSize(6);
    }

    private static byte[] mutate(byte[] valid, List<Mutation> mutations) {
        byte[] b = valid.clone();
        for (Mutation m : mutations) {
            int at = m.at() % b.length;
            for (int i = at; i < Math.min(b.length, at + m.length()); i++) {
                b[i] = (byte) m.value();
            }
        }
        return b;
    }

    private static void read(byte[] bytes, String format) {
        try {
            CensusFiles.installed().read(new ByteArrayInputStream(bytes), "fuzz." + format, format);
        } catch (CensusFormatException expected) {
            // The one documented failure.
        }
    }

    @Property(tries = 150)
    void xlsxReaderOnlyThrowsTheFormatException(@ForAll("mutations") List<Mutation> mutations) {
        read(mutate(XLSX, mutations), "xlsx");
    }

    /**
     * Mutations of a sheet's XML inside a well-formed zip: byte mutations of the zip itself mostly stop at its
     * checksums, these reach the XML reader, the sheet joins and the text parsers.
     */
    @Property(tries = 200)
    void xlsxReaderOnlyThrowsTheFormatExceptionForAnyXml(@ForAll("mutations") List<Mutation> mutations,
                                                         @ForAll @IntRange(min = 1, max = 8) int sheet) {
        read(TestCensus.withPart(XLSX, "xl/worksheets/sheet" + sheet + ".xml", xml -> mutate(xml, mutations)), "xlsx");
    }

    @Property(tries = 300)
    void jsonReaderOnlyThrowsTheFormatException(@ForAll("mutations") List<Mutation> mutations) {
        read(mutate(JSON, mutations), "json");
    }

}
