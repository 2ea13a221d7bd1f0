package org.census.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.census.CensusFormatException;
import org.census.CensusLimits;
import org.census.model.Census;
import org.census.model.EditionTexts;
import org.census.model.EditionTexts.AnnouncedPartnership;
import org.census.model.EditionTexts.TextBlock;
import org.junit.jupiter.api.Test;

/**
 * The optional {@code census.texts} of the JSON format: absent is {@link EditionTexts#NONE} and nothing is written
 * for it; read as strictly as the rest (unknown fields, wrong types, unknown kinds, limits: one line with the pointer).
 */
class JsonEditionTextsTest {
    private static final String EDITION = "{\"formatVersion\": 1, \"census\": {\"id\": \"xx-2020\", \"title\": \"T\","
            + " \"publisher\": \"P\", \"partnerCountry\": \"ML\", \"editionDate\": \"2013-11-08\","
            + " \"crisisReferenceDate\": \"2012-03-22\"";

    private static Census read(String json) {
        return CensusJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in.json");
    }

    /** A document whose edition's texts are {@code texts}. */
    private static String withTexts(String texts) {
        return EDITION + ", \"texts\": " + texts + "}, \"partnerships\": []}";
    }

    private static CensusFormatException fail(String texts) {
        try {
            read(withTexts(texts));
        } catch (CensusFormatException e) {
            assertThat(e.getMessage()).startsWith("in.json: ").doesNotContain("\n").hasSizeLessThan(400);
            return e;
        }
        throw new AssertionError("no error for " + texts);
    }

    private static String written(Census census) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CensusJson.write(census, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void absentTextsAreNone() {
        assertThat(read(EDITION + "}, \"partnerships\": []}").edition().texts()).isSameAs(EditionTexts.NONE);
        assertThat(read(withTexts("{}")).edition().texts()).isEqualTo(EditionTexts.NONE);
    }

    @Test
    void textsAreReadWithLowerCaseKindsAndWrittenOneBlockPerLine() {
        Census census = read(withTexts("{\"foreword\": [{\"kind\": \"paragraph\", \"text\": \"Ce **recensement**\\nX\"},"
                + " {\"kind\": \"footnote\", \"text\": \"¹ Note\"}], \"announced\": [{\"region\": \"Bamako\","
                + " \"text\": \"Bordeaux/ Bamako (à venir)\", \"after\": \"grand-lyon\"}, {\"region\": \"Kayes\","
                + " \"text\": \"Y (à venir)\"}], \"credits\": [{\"kind\": \"paragraph\", \"text\": \"Réalisation : A B\"}],"
                + " \"personalParts\": [\"A B\"]}"));
        EditionTexts texts = census.edition().texts();
        assertThat(texts.foreword()).containsExactly(new TextBlock(TextBlock.Kind.PARAGRAPH, "Ce **recensement**\nX"),
                new TextBlock(TextBlock.Kind.FOOTNOTE, "¹ Note"));
        assertThat(texts.announced()).containsExactly(
                new AnnouncedPartnership("Bamako", "Bordeaux/ Bamako (à venir)", Optional.of("grand-lyon")),
                new AnnouncedPartnership("Kayes", "Y (à venir)", Optional.empty()));
        assertThat(texts.titlePage()).isEmpty();
        assertThat(texts.personalParts()).containsExactly("A B");
        assertThat(written(census)).contains("\n    \"texts\": {\n      \"foreword\": [\n"
                + "        {\"kind\":\"paragraph\",\"text\":\"Ce **recensement**\\nX\"},\n"
                + "        {\"kind\":\"footnote\",\"text\":\"¹ Note\"}\n      ],\n").doesNotContain("titlePage");
        assertThat(read(written(census))).isEqualTo(census);
        // Published: no credits, no list of personal parts.
        assertThat(written(census.withoutContacts())).doesNotContain("A B").doesNotContain("credits")
                .doesNotContain("personalParts").contains("Bordeaux/ Bamako");
    }

    @Test
    void unknownFieldsAreRefusedWithThePointerAndTheKnownOnes() {
        CensusFormatException texts = fail("{\"forword\": []}");
        assertThat(texts.location().jsonPointer()).contains("/census/texts/forword");
        assertThat(texts.problem()).isEqualTo("unknown field \"forword\"; expected one of [announced, credits, "
                + "foreword, notaBene, overview, personalParts, titlePage]");
        CensusFormatException block = fail("{\"overview\": [{\"kind\": \"heading\", \"text\": \"1.\", \"level\": 1}]}");
        assertThat(block.location().jsonPointer()).contains("/census/texts/overview/0/level");
        assertThat(block.problem()).contains("expected one of [kind, text]");
        CensusFormatException announced = fail("{\"announced\": [{\"region\": \"Bamako\", \"text\": \"X\","
                + " \"before\": \"a\"}]}");
        assertThat(announced.location().jsonPointer()).contains("/census/texts/announced/0/before");
        assertThat(announced.problem()).contains("expected one of [after, region, text]");
    }

    @Test
    void kindsAreTheFourLowerCaseNames() {
        CensusFormatException upper = fail("{\"notaBene\": [{\"kind\": \"ITEM\", \"text\": \"-\"}]}");
        assertThat(upper.location().jsonPointer()).contains("/census/texts/notaBene/0/kind");
        assertThat(upper.problem()).isEqualTo("unknown value \"ITEM\"; expected one of [heading, paragraph, item, "
                + "footnote]");
        CensusFormatException missing = fail("{\"notaBene\": [{\"text\": \"-\"}]}");
        assertThat(missing.location().jsonPointer()).contains("/census/texts/notaBene/0/kind");
        assertThat(missing.problem()).isEqualTo("missing required string");
        assertThat(fail("{\"notaBene\": [{\"kind\": \"item\"}]}").location().jsonPointer())
                .contains("/census/texts/notaBene/0/text");
    }

    @Test
    void wrongTypesNameThePointer() {
        assertThat(fail("[]").location().jsonPointer()).contains("/census/texts");
        assertThat(fail("[]").problem()).isEqualTo("expected an object, found array");
        CensusFormatException list = fail("{\"foreword\": \"Avant-propos\"}");
        assertThat(list.location().jsonPointer()).contains("/census/texts/foreword");
        assertThat(list.problem()).startsWith("expected an array, found the string \"Avant-propos\"");
        CensusFormatException text = fail("{\"titlePage\": [{\"kind\": \"paragraph\", \"text\": 2013}]}");
        assertThat(text.location().jsonPointer()).contains("/census/texts/titlePage/0/text");
        assertThat(text.problem()).isEqualTo("expected a string, found number");
        assertThat(fail("{\"titlePage\": [\"Version au 8 novembre 2013\"]}").location().jsonPointer())
                .contains("/census/texts/titlePage/0");
        assertThat(fail("{\"announced\": [{\"region\": \"Bamako\", \"text\": \"X\", \"after\": 4}]}")
                .location().jsonPointer()).contains("/census/texts/announced/0/after");
        CensusFormatException after = fail("{\"announced\": [{\"region\": \"Bamako\", \"text\": \"X\", \"after\": \" \"}]}");
        assertThat(after.location().jsonPointer()).contains("/census/texts/announced/0/after");
        assertThat(after.problem()).startsWith("after: \" \" is no form's id");
        assertThat(fail("{\"personalParts\": \"A B\"}").location().jsonPointer())
                .contains("/census/texts/personalParts");
    }

    @Test
    void aPersonalPartNoTextHoldsIsRefused() {
        CensusFormatException e = fail("{\"foreword\": [{\"kind\": \"paragraph\", \"text\": \"Michel Delebarre, "
                + "président\"}], \"personalParts\": [\"Michel DELEBARRE\"]}");
        assertThat(e.location().jsonPointer()).contains("/census/texts/personalParts");
        assertThat(e.problem()).isEqualTo("personal part \"Michel DELEBARRE\" occurs in none of the edition's "
                + "texts; give it exactly as the text writes it");
    }

    /** One list holds at most {@link CensusLimits#MAX_LIST_LENGTH} blocks. */
    @Test
    void aListOfMoreBlocksThanTheLimitIsRefused() {
        String block = "{\"kind\": \"item\", \"text\": \"-\"}";
        String blocks = String.join(", ", java.util.Collections.nCopies(CensusLimits.MAX_LIST_LENGTH + 1, block));
        CensusFormatException e = fail("{\"notaBene\": [" + blocks + "]}");
        assertThat(e.location().jsonPointer()).contains("/census/texts/notaBene");
        assertThat(e.problem()).startsWith("more than 1,000 items");
        assertThat(read(withTexts("{\"notaBene\": [" + blocks.substring(block.length() + 2) + "]}")).edition()
                .texts().notaBene()).hasSize(CensusLimits.MAX_LIST_LENGTH);
    }

    /** A text of a block holds at most {@link CensusLimits#MAX_TEXT_LENGTH} characters, as every text. */
    @Test
    void aBlockOfMoreCharactersThanTheLimitIsRefused() {
        String longest = "é".repeat(CensusLimits.MAX_TEXT_LENGTH);
        assertThat(read(withTexts("{\"overview\": [{\"kind\": \"paragraph\", \"text\": \"" + longest + "\"}]}"))
                .edition().texts().overview().get(0).text()).hasSize(CensusLimits.MAX_TEXT_LENGTH);
        CensusFormatException e = fail("{\"overview\": [{\"kind\": \"paragraph\", \"text\": \"" + longest + "é\"}]}");
        assertThat(e.location().jsonPointer()).contains("/census/texts/overview/0/text");
        assertThat(e.problem()).startsWith("a text of more than 32767 characters");
    }

    /** All the texts of the edition, one record, hold at most {@link CensusLimits#MAX_RECORD_CHARACTERS}. */
    @Test
    void textsOfMoreCharactersInAllThanARecordHoldsAreRefused() {
        String block = "{\"kind\": \"paragraph\", \"text\": \"" + "x".repeat(CensusLimits.MAX_TEXT_LENGTH) + "\"}";
        int blocks = (int) (CensusLimits.MAX_RECORD_CHARACTERS / CensusLimits.MAX_TEXT_LENGTH) + 1;
        CensusFormatException e = fail("{\"overview\": [" + String.join(", ", java.util.Collections.nCopies(blocks,
                block)) + "]}");
        assertThat(e.location().jsonPointer()).hasValue("/census/texts");
        assertThat(e.problem()).startsWith("edition texts: ").contains("more than the 4,000,000 a census holds");
    }

    @Test
    void theModelRefusesWhatTheReaderRefuses() {
        List<TextBlock> foreword = List.of(new TextBlock(TextBlock.Kind.PARAGRAPH, "Michel Delebarre, président"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EditionTexts(List.of(), foreword, List.of(),
                        List.of(), List.of(), List.of(), List.of("Delebarre, président du")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("occurs in none of the edition's");
        List<TextBlock> many = java.util.Collections.nCopies(CensusLimits.MAX_LIST_LENGTH + 1, foreword.get(0));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EditionTexts(many, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("titlePage: more than 1,000 items");
    }
}
