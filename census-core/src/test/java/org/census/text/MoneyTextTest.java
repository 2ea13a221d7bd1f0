package org.census.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTextTest {

    private static BigDecimal eur(String s) {
        return new BigDecimal(s);
    }

    @ParameterizedTest(name = "{0} is {1} to {2}")
    @CsvSource(delimiter = '|', value = {
            "73 000€|73000|73000",
            "52286.74|52286.74|52286.74",
            "35 381,54 €|35381.54|35381.54",
            "1,2 millions €|1200000|1200000",
            "50 K€|50000|50000",
            "Entre 1500 et 3000€|1500|3000",
            "25 000/30 000€|25000|30000",
            "Environ 9 000€|9000|9000",
            "2 x 25 000 euros|50000|50000",
            "3 700€ (subvention ville sur 2 ou 3 ans)|3700|3700",
            "1 241 219 € sur 3 ans Projet Paris-Bamako-Ouagadougou|1241219|1241219",
            "111 000 €/ an|111000|111000",
            "Entre 250 000 et 300 000 euros dont l'outil technique basé à Kayes|250000|300000",
            "Augmentation à hauteur de 20 000 à 30 000 €|20000|30000",
            "6.000 €|6000|6000",
            "16 000|16000|16000",
            "2 301,94 €|2301.94|2301.94",
            "40 000 € (20 000€ * 2)|40000|40000",
    })
    void readsTheFormsAmounts(String raw, String low, String high) {
        MoneyText m = MoneyText.parse(raw);
        assertThat(m.raw()).isEqualTo(raw);
        assertThat(m.lowEur()).contains(eur(low));
        assertThat(m.highEur()).contains(eur(high));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "", "Variable selon les projets", "En fonction des projets et des années",
            "Pas de budget spéc", "Prêt de matériels par la Ville de Rennes"})
    void statesNoFigure(String raw) {
        MoneyText m = MoneyText.parse(raw);
        assertThat(m.isKnown()).isFalse();
        assertThat(m.raw()).isEqualTo(raw);
        assertThat(m.amountsEur()).isEmpty();
    }

    @Test
    void approximateAmountsSayWhy() {
        assertThat(MoneyText.parse("Environ 9 000€").approximate()).isTrue();
        assertThat(MoneyText.parse("30 000€ environ").approximate()).isTrue();
        assertThat(MoneyText.parse("3 000€ en moyenne").approximate()).isTrue();
        assertThat(MoneyText.parse("9 000€").approximate()).isFalse();
    }

    @Test
    void aCellWithThreeAmountsIsSummedWithAWarning() {
        MoneyText m = MoneyText.parse("1500 € et 1260 /360€");
        assertThat(m.amountsEur()).containsExactly(eur("1500"), eur("1260"), eur("360"));
        assertThat(m.exactEur()).contains(eur("3120"));
        assertThat(m.warnings()).isNotEmpty();
    }

    @Test
    void aBreakdownAfterDontIsNotAdded() {
        MoneyText m = MoneyText.parse("340 000€ (Dont 220 000€ de la ville et 120 000€ de l'agglomération)");
        assertThat(m.exactEur()).contains(eur("340000"));
        assertThat(m.amountsEur()).containsExactly(eur("340000"));
    }

    @Test
    void perYearBreakdownsKeepTheirPeriods() {
        MoneyText m = MoneyText.parse("2012 : 87 331 € dont 38 984 € du Conseil général\n"
                + "2013-2015 : 454 979 € dont 248 949 € du Conseil général sur 3 ans");
        assertThat(m.byPeriod()).containsExactly(new PeriodAmount("2012", eur("87331")),
                new PeriodAmount("2013-2015", eur("454979")));
        assertThat(m.lowEur()).contains(eur("87331"));
        assertThat(m.highEur()).contains(eur("454979"));
        assertThat(m.warnings()).isNotEmpty();
    }

    @Test
    void amountsFollowedByTheirYear() {
        MoneyText m = MoneyText.parse("0€ (en 2012) 67 900€ en 2013");
        assertThat(m.byPeriod()).containsExactly(new PeriodAmount("2012", eur("0")),
                new PeriodAmount("2013", eur("67900")));
    }

    @Test
    void coFinancingShares() {
        MoneyText m = MoneyText.parse("105 000 € (50 % CAECE, 25 % MAE, 8 % CG de l'Essonne/ 8% Ville d'Evry/ "
                + "7%District de Bamako – Commune V/ 2% Ville de Dakar/Ville de Kayes)");
        assertThat(m.exactEur()).contains(eur("105000"));
        assertThat(m.shares()).extracting(Share::funder)
                .containsExactly("CAECE", "MAE", "CG de l'Essonne", "Ville d'Evry", "District de Bamako – Commune V",
                        "Ville de Dakar");
        assertThat(m.shares()).extracting(Share::percent)
                .containsExactly(eur("50"), eur("25"), eur("8"), eur("8"), eur("7"), eur("2"));
    }

    @Test
    void labelledPartsMayOverlap() {
        MoneyText m = MoneyText.parse("Budget global du projet : 138 787 euros Contribution de la ville de Cachan : "
                + "28 200 euros");
        assertThat(m.lowEur()).contains(eur("138787"));
        assertThat(m.highEur()).contains(eur("166987"));
        assertThat(m.warnings()).isNotEmpty();
    }

    @Test
    void equalAmountsAreEqualWhateverTheirScale() {
        assertThat(MoneyText.parse("73000")).isEqualTo(MoneyText.parse("73000"));
        assertThat(MoneyText.parse("73000,00 €").amountsEur()).isEqualTo(List.of(eur("73000")));
    }

    @Test
    void aTotalFollowedByItsBreakdownIsNotCountedTwice() {
        MoneyText m = MoneyText.parse("2012 : 32 100€ (hors financements assurés en direct)\n"
                + "Subvention de St Sébastien sur Loire à l'association Sabougnouma : 12 600€\n"
                + "Dossier gestion des déchets : Subvention de 10 000€ de Nantes Métropole et 4 500€ de St Sébastien\n"
                + "Subvention exceptionnelle de 5 000€ de St Sébastien sur Loire");
        assertThat(m.exactEur()).contains(eur("32100"));
    }

    @Test
    void aChangeIsNotAnAmount() {
        MoneyText m = MoneyText.parse("AJAK: 16 343€ en 2012 (diminution de 12 800€ par rapport à 2011)");
        assertThat(m.exactEur()).contains(eur("16343"));
    }

    @Test
    void twoAmountsRunTogetherAreFlagged() {
        assertThat(MoneyText.parse("11 200 850").warnings()).anyMatch(w -> w.contains("run together"));
        assertThat(MoneyText.parse("11 200\n850").exactEur()).contains(eur("12050"));
    }

    // Regression tests for what fuzzing (ParserProperties) found once the parser no longer caught every exception.

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12,5|12.5", "1.25|1.25", "0,50|0.5"})
    void aBareFourCharacterDecimalIsAnAmountNotAYear(String raw, String amount) {
        assertThat(MoneyText.parse(raw).exactEur()).contains(eur(amount)); // was a NumberFormatException
    }

    @Test
    void mixedThousandsSeparatorsReadAsOneAmount() {
        assertThat(MoneyText.parse("1.000.000 000").exactEur()).contains(eur("1000000000")); // was a crash
        assertThat(MoneyText.parse("1 500,50 €").exactEur()).contains(eur("1500.5"));
    }

    @Test
    void aNumberLongerThanAnyBudgetIsNotAnAmount() {
        MoneyText m = MoneyText.parse("1" + "0".repeat(30) + " €");
        assertThat(m.isKnown()).isFalse();
        assertThat(m.warnings()).containsExactly("a number of 31 digits is not read as an amount");
        assertThat(MoneyText.parse("1" + "0".repeat(12) + " €").exactEur()).contains(eur("1000000000000"));
    }

    @Test
    void anAmountBeyondWhatACensusHoldsStaysInTheText() {
        MoneyText m = MoneyText.parse("1" + "0".repeat(17) + " €");
        assertThat(m.isKnown()).isFalse();
        assertThat(m.amountsEur()).isEmpty();
        assertThat(m.warnings()).containsExactly("not read as an amount (the number 100000000000000000 is beyond "
                + "±10^12, the largest a census holds): 100000000000000000 €");
        assertThat(MoneyText.parse("1,5 million €").exactEur()).contains(eur("1500000"));
        assertThat(MoneyText.parse("2 000 000 millions €").isKnown()).isFalse();
        assertThat(MoneyText.parse("0,1234567 €").isKnown()).isFalse();
    }

    @Test
    void aSumBeyondWhatACensusHoldsIsNoFigure() {
        MoneyText m = MoneyText.parse("600 000 000 000 € + 600 000 000 000 €");
        assertThat(m.isKnown()).isFalse();
        assertThat(m.amountsEur()).isEmpty();
        assertThat(m.raw()).isEqualTo("600 000 000 000 € + 600 000 000 000 €");
        assertThat(m.warnings()).last().asString().startsWith("no figure read: the amounts add up beyond");
    }

    @Test
    void theModelRefusesAnAmountBeyondItsLimits() {
        assertThatThrownBy(() -> new PeriodAmount("2013", eur("1000000000000.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond ±10^12");
        assertThatThrownBy(() -> new MoneyText("x", List.of(), Optional.of(eur("1E-7")), Optional.of(eur("1")),
                false, List.of(), List.of(), List.of())).hasMessageContaining("more than 6 decimals");
    }

    @Test
    void aShareIsAPercentageOfAtMostThreeDigits() {
        assertThat(MoneyText.parse("12,5 % CAECE").shares()).containsExactly(new Share(eur("12.5"), "CAECE"));
        assertThat(MoneyText.parse("1234 % CAECE").shares()).isEmpty();
        assertThat(MoneyText.parse("50 % CAECE – ").shares()).containsExactly(new Share(eur("50"), "CAECE"));
    }

    /**
     * Texts of 200,000 characters that took from a minute to hours (the searches were quadratic: a share tried from
     * each digit, the gap before each year taken whole again, dashes after a share, trailing zeros stripped from a
     * number thousands of digits long) read in well under a second; the bound leaves room for a loaded machine.
     */
    @ParameterizedTest
    @ValueSource(strings = {"digits", "years", "dashes", "zeros"})
    void longTextsAreReadInLinearTime(String kind) {
        int n = 200_000;
        String text = switch (kind) {
            case "digits" -> "9".repeat(n);
            case "years" -> "5 € " + "2012 ".repeat(n / 5);
            case "dashes" -> "5 % " + "-".repeat(n) + "x";
            default -> "1" + " 000".repeat(n / 4) + " €";
        };
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> MoneyText.parse(text));
    }
}
