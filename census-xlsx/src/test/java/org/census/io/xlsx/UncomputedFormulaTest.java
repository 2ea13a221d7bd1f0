package org.census.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.census.bundled.BundledCensus;
import org.census.io.spi.FormatOptions;
import org.census.model.CensusHeader;
import org.census.io.spi.CensusSink;
import org.census.io.testing.TestCensus;
import org.census.model.Census;
import org.census.model.Partnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A formula cell without a computed value, as openpyxl saves them, is an unknown value with a warning naming the
 * cell, never 0 (issue 14, point 5): the tables layout's reader.
 */
class UncomputedFormulaTest {
    private static final Census BUNDLED = BundledCensus.load();

    @TempDir
    Path dir;

    /** The census read, and the warnings of the read. */
    private record Read(List<Partnership> partnerships, List<String> warnings) {
    }

    private static Read read(byte[] xlsx) {
        List<Partnership> partnerships = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        new XlsxCensusFormat().read(new ByteArrayInputStream(xlsx), "t.xlsx", FormatOptions.NONE, new CensusSink() {
            @Override
            public void start(CensusHeader header) {
            }

            @Override
            public void partnership(Partnership partnership) {
                partnerships.add(partnership);
            }

            @Override
            public void end(CensusHeader header) {
            }

            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        });
        return new Read(partnerships, warnings);
    }

    /** The first action's budget (Actions!J2) replaced by a cell as openpyxl or a hand-made file writes it. */
    private static byte[] withBudgetCell(String cell) {
        return TestWorkbooks.withPart(TestCensus.write(BUNDLED, "xlsx"), "xl/worksheets/sheet5.xml", content -> {
            String xml = new String(content, StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("<c r=\"J2\"[^>]*>.*?</c>").matcher(xml);
            assertThat(m.find()).isTrue();
            return (xml.substring(0, m.start()) + cell + xml.substring(m.end())).getBytes(StandardCharsets.UTF_8);
        });
    }

    @Test
    void aFormulaWithAnEmptyValueIsUnknownWithAWarningNamingTheCell() {
        Read r = read(withBudgetCell("<c r=\"J2\"><f>1000*2</f><v></v></c>"));
        assertThat(BUNDLED.partnerships().get(0).actions().get(0).budget().raw()).isEqualTo("73 000€");
        assertThat(r.partnerships().get(0).actions().get(0).budget().raw()).isEmpty();
        assertThat(r.partnerships().get(0).actions().get(0).budget().isKnown()).isFalse();
        assertThat(r.warnings()).containsExactly("t.xlsx: Actions!J2: a formula without a computed value "
                + "(1000*2): read as unknown, not as 0; open the workbook in a spreadsheet program and save it to "
                + "compute it");
    }

    @Test
    void aFormulaWithNoValueElementIsUnknownToo() {
        Read r = read(withBudgetCell("<c r=\"J2\"><f>1000*2</f></c>"));
        assertThat(r.partnerships().get(0).actions().get(0).budget().raw()).isEmpty();
        assertThat(r.warnings()).singleElement().asString().startsWith("t.xlsx: Actions!J2: a formula without");
    }

    @Test
    void aComputedFormulaIsReadWithoutAWarning() {
        Read r = read(withBudgetCell("<c r=\"J2\"><f>1000*2</f><v>2000</v></c>"));
        assertThat(r.partnerships().get(0).actions().get(0).budget().raw()).isEqualTo("2000");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aWorkbookSavedByOpenpyxlWithAFormula() throws Exception {
        Path in = dir.resolve("in.xlsx");
        Files.write(in, TestCensus.write(BUNDLED, "xlsx"));
        Path out = dir.resolve("out.xlsx");
        OpenpyxlFormulas.put(in, out, "Actions", "J2", "1000*2");
        Read r = read(Files.readAllBytes(out));
        assertThat(r.partnerships()).hasSameSizeAs(BUNDLED.partnerships());
        assertThat(r.partnerships().get(0).actions().get(0).budget().isKnown()).isFalse();
        assertThat(r.warnings()).singleElement().asString().startsWith("t.xlsx: Actions!J2: a formula without a "
                + "computed value (1000*2)");
    }

    /** A sheet full of them gives a bounded report: the first cells named, the others counted. */
    @Test
    void manyAreReportedBounded() {
        StringBuilder rows = new StringBuilder();
        for (int r = 1000; r < 1100; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"J").append(r).append("\"><f>1+1</f><v></v></c></row>");
        }
        byte[] xlsx = TestWorkbooks.withPart(TestCensus.write(BUNDLED, "xlsx"), "xl/worksheets/sheet5.xml",
                c -> new String(c, StandardCharsets.UTF_8).replace("</sheetData>", rows + "</sheetData>")
                        .getBytes(StandardCharsets.UTF_8));
        List<String> warnings = read(xlsx).warnings();
        assertThat(warnings).hasSize(UncomputedFormulas.REPORTED + 1);
        assertThat(warnings.get(UncomputedFormulas.REPORTED)).isEqualTo("t.xlsx: 80 more formulas without a "
                + "computed value, read as unknown");
    }
}
