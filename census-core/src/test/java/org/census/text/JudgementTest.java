package org.census.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Continuation and budget trend are judged by meaning, on the wording the forms use. */
class JudgementTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "OUI|YES",
            "Oui|YES",
            "OUI , mais de manière ponctuelle|YES",
            "NON|NO",
            "Reprise du partenariat en février 2013|RESUMED",
            "Le partenariat avec Bamako s'est poursuivi après mars 2012 à budget croissant|YES",
            "/|UNCLEAR",
            "Cf. ci-dessous|UNCLEAR",
    })
    void continuation(String raw, ContinuationStatus expected) {
        Continuation c = Continuation.parse(raw);
        assertThat(c.status()).isEqualTo(expected);
        assertThat(c.raw()).isEqualTo(raw);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Majoration du budget 2013 d'une aide d'urgence de 5 000€|INCREASE",
            "Diminution de fait, la région de Tombouctou, territoire en guerre, n'étant plus en capacité|DECREASE",
            "En baisse, car évitent les déplacements au Mali pour l'année 2013|DECREASE",
            "Budget constant mais certaines actions ne peuvent pas se tenir|MAINTAIN",
            "Maintien du budget mais baisse des crédits consommés|MAINTAIN",
            "Maintien|MAINTAIN",
            "Augmentation|INCREASE",
            "En progression|INCREASE",
            "Légère augmentation (budget 2013 : 64 203€)|INCREASE",
            "Idem avec transferts financiers directs en 2012|MAINTAIN",
            "/|UNKNOWN",
            "Possibilité de développer d'autres projets à l'étude|UNKNOWN",
    })
    void budgetTrend(String raw, TrendDirection expected) {
        BudgetTrend t = BudgetTrend.parse(raw);
        assertThat(t.direction()).isEqualTo(expected);
        assertThat(t.raw()).isEqualTo(raw);
    }
}
