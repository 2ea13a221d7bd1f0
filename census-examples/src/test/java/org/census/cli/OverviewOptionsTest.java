package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** The overview's reconciliation in every output, and dates as users write them. */
class OverviewOptionsTest {

    @Test
    void theJsonOverviewCarriesTheReconciliation() throws Exception {
        var r = CensusCommandTest.run("overview", "--json", "--reconcile", "--as-of", "11/07/2013", "--lang", "en");
        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("asOf").asText()).isEqualTo("2013-07-11");
        JsonNode fund = json.path("reconciliation").get(json.path("reconciliation").size() - 1);
        assertThat(fund.path("figure").asText()).isEqualTo("solidarityFundEur");
        assertThat(fund.path("label").asText()).isEqualTo("Solidarity fund");
        assertThat(fund.path("stated").asInt()).isEqualTo(100_000);
        assertThat(fund.path("computed").asInt()).isEqualTo(98_400);
        assertThat(fund.path("difference").asInt()).isEqualTo(-1_600);
        assertThat(json.path("reconciliation").findValuesAsText("figure")).contains("questionnaires", "continued");
    }

    @Test
    void theReconciliationTableWritesNumbersAsTheOverviewDoes() {
        var fr = CensusCommandTest.run("overview", "--reconcile", "--lang", "fr");
        assertThat(fr.out()).containsPattern("Fonds de solidarité +100 000 € +98 400 €")
                .doesNotContain("solidarityFundEur").doesNotContain("100000");
        var en = CensusCommandTest.run("overview", "--reconcile", "--lang", "en");
        assertThat(en.out()).containsPattern("Solidarity fund +€100,000 +€98,400");
    }

    @Test
    void aBadDateIsOneLineSayingWhatToWrite() {
        var r = CensusCommandTest.run("overview", "--as-of", "31/02/2013");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().findFirst().orElseThrow()).isEqualTo("Invalid value for option '--as-of': "
                + "'31/02/2013' is not a date; write 2013-07-11 or 11/07/2013");
        assertThat(r.err()).doesNotContain("Exception");
    }
}
