package org.census.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.census.bundled.BundledCensus;
import org.census.model.AuthorityKind;
import org.junit.jupiter.api.Test;

/** Every example runs and prints what it says. */
class ExamplesTest {

    static String run(Runnable main) {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printOverview() {
        String out = run(() -> PrintOverview.main(new String[0]));
        assertThat(out).contains("partnerships: 53").contains("2013 budget raised: 8").contains("Kayes: 18");
    }

    @Test
    void budgetByFrenchPartyKind() {
        Map<AuthorityKind, BigDecimal[]> sums = BudgetByFrenchPartyKind.compute(BundledCensus.load());
        assertThat(sums).containsKeys(AuthorityKind.MUNICIPALITY, AuthorityKind.DEPARTMENT, AuthorityKind.REGION);
        // Conseil régional Rhône-Alpes alone states 1,2 millions €.
        assertThat(sums.get(AuthorityKind.REGION)[0]).isGreaterThanOrEqualTo(new BigDecimal("1200000"));
        assertThat(run(() -> BudgetByFrenchPartyKind.main(new String[0]))).contains("MUNICIPALITY");
    }
}
