package org.census.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.census.CensusFormatException;
import org.census.CensusLimits;
import org.census.bundled.BundledCensus;
import org.census.io.testing.TestCensus;
import org.census.model.Action;
import org.census.model.Census;
import org.junit.jupiter.api.Test;

/**
 * The texts of one record are bounded together ({@link CensusLimits#MAX_RECORD_CHARACTERS}), in the model and in the
 * tables reader, and a partnership's actions are read ahead in batches of bounded size, joined again.
 */
class RecordBudgetTest {
    private static final String ACTIONS = "xl/worksheets/sheet5.xml";
    private static final Census BUNDLED = BundledCensus.load();

    /** Actions with descriptions of random letters, which do not compress like a zip bomb. */
    private static List<Action> actions(int count, int descriptionLength) {
        Action a = BUNDLED.partnerships().get(0).actions().get(0);
        Random letters = new Random(count);
        return IntStream.range(0, count).mapToObj(i -> new Action(String.valueOf(i + 1), a.domain(), false,
                letters.ints(descriptionLength, 'a', 'z' + 1).collect(StringBuilder::new,
                        StringBuilder::appendCodePoint, StringBuilder::append).toString(), a.period(), a.budget(),
                a.note())).toList();
    }

    @Test
    void aPartnershipOfManyActionsIsReadAheadInBatchesAndJoinedInOrder() {
        // 1,500 actions of 100 characters: about five batches of the read-ahead.
        Census census = TestCensus.withActions(BUNDLED, 3, actions(1_500, 100));
        Census read = TestCensus.roundTrip(census, "xlsx");
        // The reader classifies each action by its new description: the texts come back, in order.
        assertThat(read.partnerships().get(3).actions()).extracting(Action::description)
                .isEqualTo(census.partnerships().get(3).actions().stream().map(Action::description).toList());
        assertThat(TestCensus.roundTrip(read, "xlsx")).isEqualTo(read);
    }

    @Test
    void theModelRefusesARecordWhoseTextsPassTheLimit() {
        assertThatThrownBy(() -> TestCensus.withActions(BUNDLED, 0, actions(140, 30_000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in one record");
    }

    /**
     * Two partnerships within the limit, whose action rows a forged sheet gives to the first: the reader refuses them
     * at the row that passes the limit, before holding more.
     */
    @Test
    void theReaderRefusesActionsThatPassTheLimitTogether() {
        Census census = TestCensus.withActions(TestCensus.withActions(BUNDLED, 0, actions(100, 30_000)), 1,
                actions(100, 30_000));
        String first = "<t>" + census.partnerships().get(0).id() + "</t>";
        String second = "<t>" + census.partnerships().get(1).id() + "</t>";
        byte[] xlsx = TestWorkbooks.withPart(TestCensus.write(census, "xlsx"), ACTIONS, sheet -> {
            String xml = new String(sheet, StandardCharsets.UTF_8);
            assertThat(xml).contains(second);
            return xml.replace(second, first).getBytes(StandardCharsets.UTF_8);
        });
        CensusFormatException e = TestCensus.refused(xlsx, "xlsx");
        assertThat(e.location().sheet()).contains(TablesLayout.ACTIONS.name());
        // The budget (the record's 4,000,000 characters and 1,000,000 of room) is passed by the 167th action.
        assertThat(e.location().row().getAsInt()).isEqualTo(1 + 167);
        assertThat(e.problem()).contains("pass 4,000,000 characters");
    }
}
