package org.census.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import org.census.CensusException;
import org.census.CensusFormatException;
import org.census.bundled.BundledCensus;
import org.census.io.testing.TestCensus;
import org.census.model.Census;

/**
 * A cell never gives the model half a character: an {@code _xD800_} escape that leaves a lone surrogate is refused
 * with its cell, and the writer refuses to write one rather than write what the reader refuses.
 */
class LoneSurrogateCellsTest {
    private static final Census BUNDLED = BundledCensus.load();
    private static final String ACTIONS = "xl/worksheets/sheet5.xml";

    /** The workbook with the first action's description (cell F2 of Actions) given as this cell XML text. */
    private static byte[] withFirstDescription(String cellText) {
        String description = BUNDLED.partnerships().get(0).actions().get(0).description();
        return TestWorkbooks.withPart(TestCensus.write(BUNDLED, "xlsx"), ACTIONS, content -> {
            String xml = new String(content, StandardCharsets.UTF_8);
            // The description is wrapped (s="4") where it is longer than its column.
            String cell = "<c r=\"F2\"( s=\"\\d+\")? t=\"inlineStr\"><is><t>" + Pattern.quote(description)
                    + "</t></is></c>";
            assertThat(xml).containsPattern(cell);
            return xml.replaceFirst(cell, Matcher.quoteReplacement("<c r=\"F2\" t=\"inlineStr\"><is><t>" + cellText
                    + "</t></is></c>")).getBytes(StandardCharsets.UTF_8);
        });
    }

    @Test
    void anEscapedLoneSurrogateIsRefusedWithItsCell() {
        CensusFormatException e = TestCensus.refused(withFirstDescription("puits _xD800_"), "xlsx");
        assertThat(e.location().toString()).isEqualTo("Actions!F2");
        assertThat(e.problem()).startsWith("a lone surrogate U+D800 at character 7 of the text");
        assertThat(TestCensus.refused(withFirstDescription("_xDC00__xD800_"), "xlsx").problem())
                .contains("U+DC00 at character 1");
    }

    @Test
    void aNumericReferenceToASurrogateIsRefusedByTheXmlParser() {
        CensusFormatException e = TestCensus.refused(withFirstDescription("puits &#xD800;"), "xlsx");
        assertThat(e.getMessage()).contains("Actions").doesNotContain("\n");
    }

    @Test
    void anEscapedPairIsOneCharacterAndIsRead() {
        Census back = TestCensus.read(withFirstDescription("puits _xD83D__xDE00_"), "xlsx");
        assertThat(back.partnerships().get(0).actions().get(0).description()).isEqualTo("puits 😀");
    }

    @Test
    void theModelHoldsNoneSoNoWriterMeetsOne() {
        assertThatThrownBy(() -> TestCensus.withFirstDescription(BUNDLED, "puits \uD800"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a lone surrogate U+D800 at character 7");
    }
}
