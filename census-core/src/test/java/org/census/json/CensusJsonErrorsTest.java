package org.census.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.census.CensusFormatException;
import org.junit.jupiter.api.Test;

/** Untrusted documents get one line naming the source and the JSON pointer, never a stack trace or a hang. */
class CensusJsonErrorsTest {
    private static final String EDITION = "\"census\": {\"id\": \"xx-2020\", \"title\": \"T\", \"publisher\": \"P\","
            + " \"partnerCountry\": \"ML\", \"editionDate\": \"2013-11-08\", \"crisisReferenceDate\": \"2012-03-22\"}";

    private static CensusFormatException fail(String json) {
        try {
            CensusJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in.json");
        } catch (CensusFormatException e) {
            assertThat(e.getMessage()).startsWith("in.json: ").doesNotContain("\n");
            return e;
        }
        throw new AssertionError("no error for " + json);
    }

    @Test
    void minimalDocumentReads() {
        var census = CensusJson.read(new ByteArrayInputStream(("{\"formatVersion\": 1, " + EDITION
                + ", \"partnerships\": [{\"id\": \"a\", \"annualBudget\": {\"raw\": \"73 000€\"}}]}")
                .getBytes(StandardCharsets.UTF_8)), "in.json");
        assertThat(census.partnerships()).hasSize(1);
        assertThat(census.partnerships().get(0).annualBudget().exactEur()).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("73000"));
    }

    @Test
    void aPublisherOrgIdOfAnotherShapeNamesTheEdition() {
        CensusFormatException e = fail("{\"formatVersion\": 1, " + EDITION.replace("}",
                ", \"publisherOrgId\": \"Cités Unies France\"}") + ", \"partnerships\": []}");
        assertThat(e.location().jsonPointer()).contains("/census");
        assertThat(e.problem()).startsWith("publisherOrgId: \"Cités Unies France\" is not an organisation identifier");
    }

    @Test
    void wrongTypeNamesThePointer() {
        CensusFormatException e = fail("{\"formatVersion\": 1, " + EDITION
                + ", \"partnerships\": [{\"id\": \"a\"}, {\"id\": \"b\", \"actions\": [{\"description\": 5}]}]}");
        assertThat(e.location().jsonPointer()).contains("/partnerships/1/actions/0/description");
        assertThat(e.problem()).contains("expected a string");
    }

    @Test
    void actionsAreCheckedLikeEveryOtherRecord() {
        String start = "{\"formatVersion\": 1, " + EDITION + ", \"partnerships\": [{\"id\": \"a\", \"actions\": [{}, ";
        CensusFormatException unknown = fail(start + "{\"budjet\": \"1 €\"}]}]}");
        assertThat(unknown.location().jsonPointer()).contains("/partnerships/0/actions/1/budjet");
        assertThat(unknown.problem()).contains("unknown field \"budjet\"").contains("budget");
        CensusFormatException derived = fail(start + "{\"budget\": {\"raw\": \"1 €\", \"lowest\": 1}}]}]}");
        assertThat(derived.location().jsonPointer()).contains("/partnerships/0/actions/1/budget/lowest");
        CensusFormatException type = fail(start + "{\"period\": 2012}]}]}");
        assertThat(type.location().jsonPointer()).contains("/partnerships/0/actions/1/period");
        assertThat(type.problem()).contains("expected an object with \"raw\" (or a string), found number");
        CensusFormatException raw = fail(start + "{\"domain\": {\"raw\": [\"Santé\"]}}]}]}");
        assertThat(raw.location().jsonPointer()).contains("/partnerships/0/actions/1/domain/raw");
        assertThat(fail(start + "{\"domainFromRowAbove\": \"oui\"}]}]}").problem())
                .contains("expected true or false, found the string \"oui\"");
        assertThat(fail(start + "5]}]}").location().jsonPointer()).contains("/partnerships/0/actions/1");
        assertThat(fail("{\"formatVersion\": 1, " + EDITION + ", \"partnerships\": [{\"id\": \"a\", \"actions\": {}}]}")
                .problem()).contains("expected an array, found object");
    }

    @Test
    void actionsMayBeBareStringsAndNulls() {
        var census = CensusJson.read(new ByteArrayInputStream(("{\"formatVersion\": 1, " + EDITION
                + ", \"partnerships\": [{\"id\": \"a\", \"actions\": [{\"number\": null, \"domain\": \"Santé\","
                + " \"period\": {\"raw\": \"2012\", \"firstYear\": 1999}, \"budget\": \"1 500 €\", \"note\": null}]}]}")
                .getBytes(StandardCharsets.UTF_8)), "in.json");
        var action = census.partnerships().get(0).actions().get(0);
        assertThat(action.number()).isEmpty();
        assertThat(action.domain().category().name()).isEqualTo("HEALTH");
        assertThat(action.period().firstYear()).contains(2012);
        assertThat(action.budget().exactEur()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1500"));
    }

    @Test
    void unknownFieldListsTheKnownOnes() {
        CensusFormatException e = fail("{\"formatVersion\": 1, " + EDITION
                + ", \"partnerships\": [{\"id\": \"a\", \"budjet\": {}}]}");
        assertThat(e.location().jsonPointer()).contains("/partnerships/0/budjet");
        assertThat(e.problem()).contains("unknown field \"budjet\"").contains("annualBudget");
    }

    @Test
    void unknownEnumValueListsTheValidOnes() {
        CensusFormatException e = fail("{\"formatVersion\": 1, " + EDITION
                + ", \"partnerships\": [{\"id\": \"a\", \"contacts\": [{\"side\": \"MARS\"}]}]}");
        assertThat(e.location().jsonPointer()).contains("/partnerships/0/contacts/0/side");
        assertThat(e.problem()).contains("FRANCE").contains("PARTNER");
    }

    @Test
    void malformedJsonNamesWhereItBroke() {
        CensusFormatException e = fail("{\"formatVersion\": 1, " + EDITION + ", \"partnerships\": [{\"id\": \"a\",,}]}");
        assertThat(e.getMessage()).contains("malformed JSON").contains("line 1");
    }

    @Test
    void duplicateKeysAreRefusedWithTheirPointer() {
        CensusFormatException e = fail("{\"formatVersion\": 1, " + EDITION + ", \"partnerships\": [{\"id\": \"a\", "
                + "\"actions\": [{\"budget\": \"1 €\", \"budget\": \"2 €\"}]}]}");
        assertThat(e.location().jsonPointer()).contains("/partnerships/0/actions/0/budget");
        assertThat(e.problem()).startsWith("the field \"budget\" is given twice");
        assertThat(fail("{\"formatVersion\": 1, \"formatVersion\": 1}").location().jsonPointer())
                .contains("/formatVersion");
    }

    /** Found by ReaderFuzzProperties: the decoder's CharConversionException is the input's fault, not the disk's. */
    @Test
    void bytesThatAreNoTextAreAFormatError() {
        byte[] utf32WithAnImpossibleCharacter = {0, 0, 0, '{', 0x22, 0x65, 0x6f, 0x72};
        assertThatThrownBy(() -> CensusJson.read(new ByteArrayInputStream(utf32WithAnImpossibleCharacter), "in.json"))
                .isInstanceOf(CensusFormatException.class)
                .hasMessageStartingWith("in.json: not UTF-8 at byte 0: a NUL byte");
    }

    @Test
    void wrongVersionSaysWhichIsRead() {
        assertThat(fail("{\"formatVersion\": 2}").problem()).contains("version 1");
        assertThat(fail("[]").problem()).contains("formatVersion");
        assertThat(fail("{" + EDITION + "}").location().jsonPointer()).contains("/formatVersion");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "{\"formatVersion\": 1, " + EDITION + ", \"partnerships\": [{\"id\": \"a\", \"notes\": "
                + "[".repeat(10_000) + "]".repeat(10_000) + "}]}";
        assertThat(fail(deep).problem()).contains("safety limit");
    }

    @Test
    void hugeNumberIsRefused() {
        String big = "{\"formatVersion\": 1, " + EDITION + ", \"statedOverview\": [{\"figure\": \"x\", \"value\": "
                + "9".repeat(10_000) + "}], \"partnerships\": []}";
        assertThat(fail(big).problem()).contains("safety limit");
    }

    @Test
    void aBrokenIdentityRuleNamesTheField() {
        CensusFormatException twice = fail("{\"formatVersion\": 1, " + EDITION
                + ", \"partnerships\": [{\"id\": \"a\"}, {\"id\": \"a\"}]}");
        assertThat(twice.location().jsonPointer()).contains("/partnerships/1/id");
        assertThat(twice.problem()).isEqualTo("two partnerships have the id \"a\"");
        assertThat(fail("{\"formatVersion\": 1, " + EDITION + ", \"partnerships\": [{\"id\": \"a\", \"sameAs\": \"z\"}]}")
                .location().jsonPointer()).contains("/partnerships/0/sameAs");
    }
}
