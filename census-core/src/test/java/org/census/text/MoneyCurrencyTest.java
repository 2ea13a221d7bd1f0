package org.census.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts in CFA francs are converted to euros at the fixed parity; other currencies are kept as text. */
class MoneyCurrencyTest {
    @ParameterizedTest(name = "{0} is {1} to {2} euros")
    @CsvSource(delimiter = '|', value = {
            "150 000 FCFA|228.67|228.67",
            "150.000 F CFA|228.67|228.67",
            "XOF 150000|228.67|228.67",
            "1 million de FCFA|1524.49|1524.49",
            "2,5 millions FCFA|3811.23|3811.23",
            "655 957 francs CFA|1000|1000",
            "Entre 100 000 et 200 000 FCFA|152.45|304.9",
            "Entre 100 000 et 200 000 F CFA par an|152.45|304.9",
            "3 milliards de F CFA|4573470.52|4573470.52",
    })
    void cfaFrancsAreConvertedToEuros(String raw, String low, String high) {
        MoneyText m = MoneyText.parse(raw);
        assertThat(m.raw()).isEqualTo(raw);
        assertThat(m.lowEur()).contains(new BigDecimal(low));
        assertThat(m.highEur()).contains(new BigDecimal(high));
        assertThat(m.warnings()).contains(Cfa.CONVERTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 000 € (soit 3 280 000 FCFA)", "3 280 000 FCFA soit 5 000 €"})
    void francsBesideEurosRestateThem(String raw) {
        MoneyText m = MoneyText.parse(raw);
        assertThat(m.exactEur()).contains(new BigDecimal("5000"));
        assertThat(m.warnings()).contains(Cfa.BESIDE_EUROS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"$ 2 000", "2 000 USD", "1 500 £", "3 000 CHF", "5 000 dollars", "US$ 12 000"})
    void otherCurrenciesAreKeptAsTextAndNamed(String raw) {
        MoneyText m = MoneyText.parse(raw);
        assertThat(m.raw()).isEqualTo(raw);
        assertThat(m.isKnown()).isFalse();
        assertThat(m.amountsEur()).isEmpty();
        assertThat(m.warnings()).singleElement().asString().containsPattern("amounts in (USD|GBP|CHF) are not "
                + "converted");
    }

    @ParameterizedTest(name = "{0} + {1} is {2} euros")
    @CsvSource(delimiter = '|', value = {
            "150000|XOF|228.67",
            "150 000|F CFA|228.67",
            "73000|EUR|73000",
            "73 000|€|73000",
            "73000||73000",
            "1 million de FCFA|XOF|1524.49",
    })
    void anAmountAndACurrencyCellReadTogether(String amount, String currency, String eur) {
        MoneyText m = MoneyText.parse(amount, currency);
        assertThat(m.exactEur()).contains(new BigDecimal(eur));
        assertThat(m.raw()).isEqualTo(currency == null ? amount : amount + " " + currency);
    }

    @ParameterizedTest
    @ValueSource(strings = {"USD", "MAD", "GHS", "Dollars US"})
    void anotherCurrencyCellGivesNoFigure(String currency) {
        MoneyText m = MoneyText.parse("150000", currency);
        assertThat(m.raw()).isEqualTo("150000 " + currency);
        assertThat(m.isKnown()).isFalse();
        assertThat(m.warnings()).singleElement().asString().contains("\"" + currency + "\" is not read");
    }

    @Property(tries = 200)
    void anyAmountWrittenInCfaFrancsParsesToItsEuros(@ForAll @LongRange(min = 1, max = 999_999_999_999L) long xof) {
        String grouped = String.format(java.util.Locale.FRANCE, "%,d", xof).replace('\u202F', ' ')
                .replace('\u00A0', ' ');
        BigDecimal expected = BigDecimal.valueOf(xof).divide(new BigDecimal("655.957"), 2, RoundingMode.HALF_UP);
        for (String raw : new String[] {grouped + " FCFA", xof + " F CFA", "XOF " + xof}) {
            assertThat(MoneyText.parse(raw).exactEur()).as(raw).map(BigDecimal::stripTrailingZeros)
                    .contains(expected.stripTrailingZeros());
        }
        assertThat(MoneyText.parse(String.valueOf(xof), "XOF").exactEur()).map(BigDecimal::stripTrailingZeros)
                .contains(expected.stripTrailingZeros());
    }
}
