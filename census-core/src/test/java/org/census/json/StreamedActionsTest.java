package org.census.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Actions are read token by token, the rest of a partnership as a tree. What a user sees: the actions read, or the
 * first problem met in the document with its JSON pointer and message. An unknown field or a wrong action is met as
 * the reading reaches it; a wrong value of the partnership's own fields (a missing id) once the partnership is read.
 */
class StreamedActionsTest {
    private static final String HEAD = "{\"formatVersion\":1,\"census\":{\"id\":\"x\",\"title\":\"t\",\"publisher\":\"p\","
            + "\"partnerCountry\":\"ML\",\"editionDate\":\"2013-01-01\",\"crisisReferenceDate\":\"2012-01-01\"},"
            + "\"partnerships\":[";

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("dupWrongTypeFirst", "{\"id\":\"p\",\"actions\":[{\"number\":5,\"number\":\"2\"}]}",
                        "ERR probe: /partnerships/0/actions/0/number: expected a string, found number"),
                Arguments.of("dupDomain", "{\"id\":\"p\",\"actions\":[{\"domain\":7,\"domain\":\"Santé\"}]}",
                        "ERR probe: /partnerships/0/actions/0/domain: expected an object with \"raw\" (or a string), found number"),
                Arguments.of("unknownAfterBadType", "{\"id\":\"p\",\"actions\":[{\"number\":5,\"bogus\":1}]}",
                        "ERR probe: /partnerships/0/actions/0/number: expected a string, found number"),
                Arguments.of("rawBadThenUnknown", "{\"id\":\"p\",\"actions\":[{\"domain\":{\"raw\":5,\"bogus\":1}}]}",
                        "ERR probe: /partnerships/0/actions/0/domain/raw: expected a string, found number"),
                Arguments.of("partnershipUnknownAndActionBad", "{\"id\":\"p\",\"bogus\":1,\"actions\":[{\"number\":5}]}",
                        "ERR probe: /partnerships/0/bogus: unknown field \"bogus\"; expected one of [actions, annualBudget, budgetTrend, contacts, continuation, formalisation, frenchParties, governingDocument, id, localMeans, notes, partnerParties, personalParts, perspectives, regions, sameAs, sourceSection, thirdCountryParties, updateDates, updateDatesRaw]"),
                Arguments.of("partnershipMissingIdAndActionBad", "{\"actions\":[{\"number\":5}]}",
                        "ERR probe: /partnerships/0/actions/0/number: expected a string, found number"),
                Arguments.of("actionsTwice", "{\"id\":\"p\",\"actions\":[{\"number\":5}],\"actions\":[{\"number\":\"1\"}]}",
                        "ERR probe: /partnerships/0/actions/0/number: expected a string, found number"),
                Arguments.of("actionsObject", "{\"id\":\"p\",\"actions\":{}}",
                        "ERR probe: /partnerships/0/actions: expected an array, found object"),
                Arguments.of("actionNull", "{\"id\":\"p\",\"actions\":[null]}",
                        "ERR probe: /partnerships/0/actions/0: expected an object, found nothing"),
                Arguments.of("actionString", "{\"id\":\"p\",\"actions\":[\"x\"]}",
                        "ERR probe: /partnerships/0/actions/0: expected an object, found the string \"x\""),
                Arguments.of("rowAboveString", "{\"id\":\"p\",\"actions\":[{\"domainFromRowAbove\":\"yes\"}]}",
                        "ERR probe: /partnerships/0/actions/0/domainFromRowAbove: expected true or false, found the string \"yes\""),
                Arguments.of("rawNull", "{\"id\":\"p\",\"actions\":[{\"period\":{\"raw\":null,\"ongoing\":true}}]}",
                        "OK [||]"),
                Arguments.of("derivedDeep", "{\"id\":\"p\",\"actions\":[{\"period\":{\"raw\":\"2012\",\"intervals\":[[[[{\"a\":[1]}]]]]}}]}",
                        "OK [||2012]"),
                Arguments.of("fieldSlash", "{\"id\":\"p\",\"actions\":[{\"a/b~c\":1}]}",
                        "ERR probe: /partnerships/0/actions/0/a~1b~0c: unknown field \"a/b~c\"; expected one of [budget, description, domain, domainFromRowAbove, note, number, period]"),
                Arguments.of("budgetArray", "{\"id\":\"p\",\"actions\":[{\"budget\":[1]}]}",
                        "ERR probe: /partnerships/0/actions/0/budget: expected an object with \"raw\" (or a string), found array"),
                Arguments.of("numberFloat", "{\"id\":\"p\",\"actions\":[{\"number\":1.5}]}",
                        "ERR probe: /partnerships/0/actions/0/number: expected a string, found number"),
                Arguments.of("dupDomainObjThenBad", "{\"id\":\"p\",\"actions\":[{\"domain\":{\"raw\":\"a\",\"raw\":\"b\"}}]}",
                        "ERR probe: /partnerships/0/actions/0/domain/raw: the field \"raw\" is given twice; an object names each field once (line 1, column 215)"),
                Arguments.of("rawWrongButLaterFine", "{\"id\":\"p\",\"actions\":[{\"period\":{\"raw\":1,\"raw\":\"2012\"}}]}",
                        "ERR probe: /partnerships/0/actions/0/period/raw: expected a string, found number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void actionsOrTheFirstProblemWithItsPointer(String name, String partnership, String expected) {
        String doc = HEAD + partnership + "]}";
        String result;
        try {
            var census = CensusJson.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "probe");
            result = "OK " + census.partnerships().get(0).actions().stream()
                    .map(a -> a.number() + "|" + a.domain().raw() + "|" + a.period().raw()).toList();
        } catch (RuntimeException e) {
            result = "ERR " + e.getMessage();
        }
        assertThat(result).isEqualTo(expected);
    }
}
