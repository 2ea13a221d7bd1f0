package org.census.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.census.io.testing.TestCensus.refused;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Untrusted files get a one-line CensusFormatException, never an out-of-memory error, a hang or a stack trace
 * (census-xlsx's HostileWorkbooksTest holds the workbooks).
 */
class HostileFilesTest {

    @Test
    void jsonHostileDocuments() {
        String edition = "{\"formatVersion\": 1, \"census\": {\"id\": \"x\", \"title\": \"T\", \"publisher\": \"P\","
                + " \"partnerCountry\": \"ML\", \"editionDate\": \"2013-11-08\", \"crisisReferenceDate\": "
                + "\"2012-03-22\"}, ";
        assertThat(refused((edition + "\"partnerships\": [{\"id\": \"" + "x".repeat(50_000_000) + "\"}]}")
                .getBytes(StandardCharsets.UTF_8), "json").problem()).startsWith("a text of more than 32767 "
                + "characters");
        assertThat(refused(("[".repeat(10_000)).getBytes(StandardCharsets.UTF_8), "json").problem())
                .contains("expected a JSON object");
        assertThat(refused((edition + "\"partnerships\": [{\"id\": \"a\", \"notes\": " + "[".repeat(10_000)
                + "]".repeat(10_000) + "}]}").getBytes(StandardCharsets.UTF_8), "json").problem())
                .contains("safety limit");
        assertThat(refused((edition + "\"partnerships\": [{\"id\": 5}]}").getBytes(StandardCharsets.UTF_8), "json")
                .location().jsonPointer()).contains("/partnerships/0/id");
    }
}
