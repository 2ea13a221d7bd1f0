package org.census.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.census.CensusException;
import org.census.CensusFormatException;
import org.census.bundled.BundledCensus;
import org.census.io.CensusFiles;
import org.census.io.ProgressListener;
import org.census.io.testing.TestCensus;
import org.census.json.CensusJson;
import org.census.model.Census;
import org.census.model.Donor;
import org.census.model.SolidarityFund;
import org.census.text.MoneyText;
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

    @Provide
    Arbitrary<Census> censusesAtTheLimits() {
        return CensusArbitraries.censusesAtTheLimits();
    }

    /**
     * Every census the model accepts, up to its limits (texts that fill a cell, amounts and dates at the ends of
     * their ranges), is written to the tables and reads back (issue 10, point 10).
     */
    @Property(tries = 20)
    void aCensusAtTheLimitsRoundTrips(@ForAll("censusesAtTheLimits") Census census) {
        assertThat(TestCensus.roundTrip(census, "xlsx")).isEqualTo(census);
    }

    private static String json(Census census) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CensusJson.write(census, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Example
    void donorWithNoNameAndNoAmountIsKept() {
        Census census = new Census(BUNDLED.edition(), List.of(), Optional.of(new SolidarityFund("", LocalDate.of(2013,
                7, 2), List.of(new Donor("", MoneyText.parse("")), new Donor("x", MoneyText.parse("1 €"))),
                Optional.empty())), List.of());
        assertThat(TestCensus.roundTrip(census, "xlsx")).isEqualTo(census);
    }

    /** The workbook with one cell of the partnerships sheet retyped, as a person would in a spreadsheet. */
    private static byte[] retyped(String header, int row, String value) {
        return TestWorkbooks.edited(TestCensus.write(BUNDLED, "xlsx"), book -> {
            var sheet = book.getSheet(TablesLayout.PARTNERSHIPS.name());
            for (var cell : sheet.getRow(0)) {
                if (cell.getStringCellValue().equals(header)) {
                    sheet.getRow(row - 1).createCell(cell.getColumnIndex()).setCellValue(value);
                }
            }
        });
    }

    @Example
    void aBrokenIdentityRuleNamesTheCell() {
        String first = BUNDLED.partnerships().get(0).id();
        assertThatThrownBy(() -> TestCensus.read(retyped("Identifiant", 3, first), "xlsx"))
                .isInstanceOf(CensusFormatException.class)
                .hasMessage("test.xlsx: Partenariats!A3: two partnerships have the id \"" + first + "\"");
        assertThatThrownBy(() -> TestCensus.read(retyped("Identique à", 2, "nowhere"), "xlsx"))
                .isInstanceOf(CensusFormatException.class)
                .hasMessageStartingWith("test.xlsx: Partenariats!B2: partnership \"" + first + "\" is the same as");
    }
}
