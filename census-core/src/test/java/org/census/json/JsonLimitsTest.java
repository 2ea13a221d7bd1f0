package org.census.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.census.CensusFormatException;
import org.census.CensusLimits;
import org.census.model.Census;
import org.junit.jupiter.api.Test;

/** The JSON reader holds a document to the model's limits ({@link CensusLimits}), naming the pointer. */
class JsonLimitsTest {
    private static final String EDITION = "\"census\": {\"id\": \"x\", \"title\": \"X\", \"publisher\": \"P\", "
            + "\"partnerCountry\": \"ML\", \"editionDate\": \"2013-11-08\", \"crisisReferenceDate\": \"2012-03-22\"}";
    private static final String START = "{\"formatVersion\": 1, " + EDITION;

    private static Census read(String json) {
        return CensusJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in.json");
    }

    private static CensusFormatException fail(String json) {
        try {
            read(json);
        } catch (CensusFormatException e) {
            assertThat(e.getMessage()).startsWith("in.json: ").doesNotContain("\n").hasSizeLessThan(300);
            return e;
        }
        throw new AssertionError("no error");
    }

    @Test
    void aTextLongerThanACellHoldsIsRefusedWithItsPointer() {
        String longest = "é".repeat(CensusLimits.MAX_TEXT_LENGTH);
        assertThat(read(START + ", \"partnerships\": [{\"id\": \"a\", \"perspectives\": \"" + longest + "\"}]}")
                .partnerships().get(0).perspectives()).isEqualTo(longest);
        CensusFormatException e = fail(START + ", \"partnerships\": [{\"id\": \"a\", \"actions\": [{\"note\": \""
                + longest + "x\"}]}]}");
        assertThat(e.location().jsonPointer()).contains("/partnerships/0/actions/0/note");
        assertThat(e.problem()).startsWith("a text of more than 32767 characters");
    }

    @Test
    void aListThatWouldNotFitOneCellIsRefused() {
        String half = "\"" + "n".repeat(CensusLimits.MAX_TEXT_LENGTH / 2) + "\"";
        CensusFormatException e = fail(START + ", \"partnerships\": [{\"id\": \"a\", \"notes\": [" + half + ", "
                + half + ", " + half + "]}]}");
        assertThat(e.location().jsonPointer()).contains("/partnerships/0/notes");
        assertThat(e.problem()).contains("more than the 32767 a census holds");
    }

    @Test
    void aStatedFigureBeyondTheLimitsIsRefusedNotAnInternalError() {
        // 1e309 is no double: read as an exact decimal, it is beyond the limit, not infinity.
        for (String value : new String[] {"1e309", "1e400", "-1000000000000.5", "1e-7", "1" + "0".repeat(99)}) {
            CensusFormatException e = fail(START + ", \"statedOverview\": [{\"figure\": \"f\", \"value\": " + value
                    + "}]}");
            assertThat(e.location().jsonPointer()).contains("/statedOverview/0/value");
            assertThat(e.problem()).startsWith("the number ").hasSizeLessThan(120);
        }
        assertThat(read(START + ", \"statedOverview\": [{\"figure\": \"f\", \"value\": 1e12}]}").statedFigures()
                .get(0).value()).isEqualByComparingTo(CensusLimits.MAX_AMOUNT_EUR);
    }

    @Test
    void aDonorsAmountBeyondTheLimitsIsRefused() {
        CensusFormatException e = fail(START + ", \"solidarityFund\": {\"name\": \"F\", \"asOf\": \"2013-01-01\", "
                + "\"donors\": [{\"name\": \"d\", \"amountEur\": 1e99999999}]}}");
        assertThat(e.location().jsonPointer()).contains("/solidarityFund/donors/0/amountEur");
    }

    @Test
    void aDateOutsideTheYearsIsRefused() {
        CensusFormatException e = fail(START.replace("2013-11-08", "+10000-01-01") + "}");
        assertThat(e.location().jsonPointer()).contains("/census/editionDate");
        assertThat(e.problem()).isEqualTo("the year 10000 is outside 1900–2100, the years a census holds");
        assertThat(fail(START + ", \"partnerships\": [{\"id\": \"a\", \"updateDates\": [\"1899-12-31\"]}]}")
                .location().jsonPointer()).contains("/partnerships/0/updateDates");
    }

    @Test
    void tooManyActionsOfOnePartnershipAreRefusedAtTheFirstOneTooMany() {
        StringBuilder json = new StringBuilder(START + ", \"partnerships\": [{\"id\": \"a\", \"actions\": [");
        for (int i = 0; i <= CensusLimits.MAX_ACTIONS_PER_PARTNERSHIP; i++) {
            json.append(i == 0 ? "" : ",").append("{}");
        }
        CensusFormatException e = fail(json + "]}]}");
        assertThat(e.location().jsonPointer()).contains("/partnerships/0/actions");
        assertThat(e.problem()).startsWith("more than 10000 actions in one partnership");
    }

    @Test
    void tooManyItemsOfAListInsideARecordAreRefused() {
        StringBuilder contacts = new StringBuilder();
        for (int i = 0; i <= CensusLimits.MAX_LIST_LENGTH; i++) {
            contacts.append(i == 0 ? "" : ",").append("{\"side\": \"FRANCE\"}");
        }
        CensusFormatException e = fail(START + ", \"partnerships\": [{\"id\": \"a\", \"contacts\": [" + contacts
                + "]}]}");
        assertThat(e.location().jsonPointer()).contains("/partnerships/0/contacts");
        assertThat(e.problem()).startsWith("more than 1,000 items");
        StringBuilder donors = new StringBuilder();
        for (int i = 0; i <= CensusLimits.MAX_DONORS; i++) {
            donors.append(i == 0 ? "" : ",").append("{\"name\": \"d\"}");
        }
        assertThat(fail(START + ", \"solidarityFund\": {\"name\": \"F\", \"asOf\": \"2013-01-01\", \"donors\": ["
                + donors + "]}}").location().jsonPointer()).contains("/solidarityFund/donors");
    }

    @Test
    void anAmountOrDateBeyondTheLimitsInARawTextStaysText() {
        Census c = read(START + ", \"partnerships\": [{\"id\": \"a\", \"annualBudget\": \"1E+309 €\", "
                + "\"formalisation\": \"01/01/2300\"}]}");
        assertThat(c.partnerships().get(0).annualBudget().raw()).isEqualTo("1E+309 €");
        assertThat(c.partnerships().get(0).formalisation().isKnown()).isFalse();
        assertThat(c.partnerships().get(0).formalisation().warnings())
                .contains("not read as a date (years 1900–2100 only): 01/01/2300");
    }

    /** Each text within its limit, 200 of them in one partnership pass the record's: refused as the reading passes. */
    @Test
    void aPartnershipWhoseTextsTogetherPassTheRecordLimitIsRefused() {
        String action = "{\"description\": \"" + "d".repeat(30_000) + "\"}";
        StringBuilder json = new StringBuilder(START + ", \"partnerships\": [{\"id\": \"a\", \"actions\": [");
        for (int i = 0; i < 200; i++) {
            json.append(i == 0 ? "" : ", ").append(action);
        }
        CensusFormatException e = fail(json + "]}]}");
        assertThat(e.location().jsonPointer()).contains("/partnerships/0/actions/166");
        assertThat(e.problem()).contains("pass 4,000,000 characters");
        // The same texts as parties of one partnership, read as a tree, are held to it too.
        StringBuilder parties = new StringBuilder(START + ", \"partnerships\": [{\"id\": \"a\", \"frenchParties\": [");
        for (int i = 0; i < 200; i++) {
            parties.append(i == 0 ? "" : ", ").append("{\"name\": \"").append("n".repeat(30_000)).append("\"}");
        }
        assertThat(fail(parties + "]}]}").problem()).contains("pass 4,000,000 characters");
    }

    /** Partnerships before the header wait for it, in memory: a bounded number of them. */
    @Test
    void partnershipsBeforeTheHeaderAreBounded() {
        StringBuilder json = new StringBuilder("{\"formatVersion\": 1, \"partnerships\": [");
        for (int i = 0; i <= 10_000; i++) {
            json.append(i == 0 ? "" : ", ").append("{\"id\": \"p").append(i).append("\"}");
        }
        CensusFormatException e = fail(json + "], " + EDITION + "}");
        assertThat(e.location().jsonPointer()).contains("/partnerships/10000");
        assertThat(e.problem()).contains("write \"census\" first");
        assertThat(read("{\"formatVersion\": 1, \"partnerships\": [{\"id\": \"a\"}], " + EDITION + "}")
                .partnerships()).hasSize(1);
    }
}
