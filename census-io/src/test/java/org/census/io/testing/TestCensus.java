package org.census.io.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.census.CensusFormatException;
import org.census.io.CensusFiles;
import org.census.io.CensusFormats;
import org.census.io.spi.CensusFormat;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatOptions;
import org.census.model.Action;
import org.census.model.Census;
import org.census.model.Partnership;

/**
 * Test helpers: a census written and read back through one format, in memory. Shared with census-xlsx's tests
 * through census-io's test jar, hence a package of its own (a test jar's packages must not split a module's).
 */
public final class TestCensus {
    private TestCensus() {
    }

    public static byte[] write(Census census, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CensusFormat f = CensusFormats.installed().require(format);
        try (CensusSink sink = f.write(out, FormatOptions.NONE)) {
            sink.census(census);
        }
        return out.toByteArray();
    }

    public static Census read(byte[] bytes, String format) {
        return CensusFiles.installed().read(new ByteArrayInputStream(bytes), "test." + format, format);
    }

    public static Census roundTrip(Census census, String format) {
        return read(write(census, format), format);
    }

    /** Reads untrusted bytes: a census, or the one documented failure, a {@link CensusFormatException}. */
    public static void readOrRefuse(byte[] bytes, String format) {
        try {
            CensusFiles.installed().read(new ByteArrayInputStream(bytes), "fuzz." + format, format);
        } catch (CensusFormatException expected) {
            // The one documented failure.
        }
    }

    /** The refusal of hostile bytes: a {@link CensusFormatException} of one line naming the source. */
    public static CensusFormatException refused(byte[] bytes, String format) {
        try {
            CensusFiles.installed().read(new ByteArrayInputStream(bytes), "hostile." + format, format);
        } catch (CensusFormatException e) {
            assertThat(e.getMessage()).startsWith("hostile." + format + ": ").doesNotContain("\n");
            return e;
        }
        throw new AssertionError("read without an error");
    }

    /** The census with its first partnership's first action described by {@code description}, the rest as it was. */
    public static Census withFirstDescription(Census census, String description) {
        List<Action> actions = new ArrayList<>(census.partnerships().get(0).actions());
        Action a = actions.get(0);
        actions.set(0, new Action(a.number(), a.domain(), a.domainFromRowAbove(), description, a.period(), a.budget(),
                a.note()));
        return withActions(census, 0, actions);
    }

    /** The census with the partnership at {@code index} doing {@code actions}, the rest as it was. */
    public static Census withActions(Census census, int index, List<Action> actions) {
        Partnership first = census.partnerships().get(index);
        List<Partnership> partnerships = new ArrayList<>(census.partnerships());
        partnerships.set(index, new Partnership(first.id(), first.sameAs(), first.sourceSection(), first.regions(),
                first.updated(), first.frenchParties(), first.partnerParties(), first.thirdCountryParties(),
                first.contacts(), first.formalisation(), first.governingDocument(), first.annualBudget(),
                first.continuation(), first.budgetTrend(), first.localMeans(), actions, first.perspectives(),
                first.notes()));
        return new Census(census.edition(), partnerships, census.solidarityFund(), census.statedFigures());
    }
}
