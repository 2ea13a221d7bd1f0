package org.census.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.census.CensusFormatException;
import org.census.model.Census;

/**
 * A document is read as it is or refused: nothing after it is ignored, no byte that is not UTF-8 is decoded as a
 * guess, and no escape leaves half a character in a text. Each case is given as bytes.
 */
class StrictJsonTest {
    private static final String START = "{\"formatVersion\": 1, \"census\": {\"id\": \"xx-2020\", \"title\": \"T\", "
            + "\"publisher\": \"P\", \"partnerCountry\": \"ML\", \"editionDate\": \"2013-11-08\", "
            + "\"crisisReferenceDate\": \"2012-03-22\"}, \"partnerships\": [{\"id\": \"a\", \"actions\": "
            + "[{\"description\": \"";
    private static final String END = "\"}]}]}";
    private static final String DOCUMENT = START + "puits" + END;

    private static byte[] bytes(String before, int[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        for (int b : middle) {
            out.write(b);
        }
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A description holding the given bytes. */
    private static byte[] inDescription(int... middle) {
        return bytes(START, middle, END);
    }

    private static Census read(byte[] document) {
        return CensusJson.read(new ByteArrayInputStream(document), "in.json");
    }

    private static CensusFormatException refused(byte[] document) {
        try {
            read(document);
        } catch (CensusFormatException e) {
            assertThat(e.getMessage()).startsWith("in.json: ").doesNotContain("\n").hasSizeLessThan(400);
            return e;
        }
        throw new AssertionError("read: " + new String(document, StandardCharsets.UTF_8));
    }

    private static String description(Census c) {
        return c.partnerships().get(0).actions().get(0).description();
    }

    @Test
    void whiteSpaceAfterTheDocumentIsFine() {
        assertThat(description(read((DOCUMENT + " \n\t\r\n").getBytes(StandardCharsets.UTF_8)))).isEqualTo("puits");
    }

    @Test
    void trailingGarbageIsRefusedWithItsByteOffset() {
        CensusFormatException e = refused((DOCUMENT + "\n x").getBytes(StandardCharsets.UTF_8));
        assertThat(e.location().isNone()).isTrue();
        assertThat(e.problem()).startsWith("byte " + (DOCUMENT.getBytes(StandardCharsets.UTF_8).length + 2)
                + " (line 2, column 2): content after the end of the census");
        assertThat(refused((DOCUMENT + "]").getBytes(StandardCharsets.UTF_8)).problem())
                .contains("content after the end of the census");
        assertThat(refused((DOCUMENT + ",").getBytes(StandardCharsets.UTF_8)).problem())
                .contains("content after the end of the census");
    }

    @Test
    void aSecondConcatenatedDocumentIsRefused() {
        CensusFormatException e = refused((DOCUMENT + DOCUMENT).getBytes(StandardCharsets.UTF_8));
        assertThat(e.problem()).contains("a second JSON document after the end of the census")
                .contains("a file holds one document");
    }

    @Test
    void aSecondDocumentAfterAHeaderOnlyDocumentIsRefused() {
        String headerOnly = START.substring(0, START.indexOf(", \"partnerships\"")) + "}";
        assertThat(read(headerOnly.getBytes(StandardCharsets.UTF_8)).partnerships()).isEmpty();
        assertThat(refused((headerOnly + DOCUMENT).getBytes(StandardCharsets.UTF_8)).problem())
                .contains("a second JSON document");
    }

    @Test
    void overlongFormsAreRefusedNotDecoded() {
        // C0 AF, E0 80 AF and F0 80 80 AF are all "/" written long; Jackson alone reads the first two as "/".
        int offset = START.getBytes(StandardCharsets.UTF_8).length;
        for (int[] overlong : new int[][] {{0xC0, 0xAF}, {0xC1, 0xBF}, {0xE0, 0x80, 0xAF}, {0xF0, 0x80, 0x80, 0xAF}}) {
            CensusFormatException e = refused(inDescription(overlong));
            assertThat(e.location().jsonPointer()).contains("/partnerships/0/actions/0/description");
            assertThat(e.problem()).startsWith("not UTF-8 at byte " + offset + ": an overlong encoding")
                    .endsWith("save it as UTF-8");
        }
    }

    @Test
    void surrogatesEncodedInUtf8AreRefused() {
        assertThat(refused(inDescription(0xED, 0xA0, 0x80)).problem()).contains("a surrogate encoded in UTF-8");
        assertThat(refused(inDescription(0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80)).problem()).contains("CESU-8");
    }

    @Test
    void bytesBeyondUnicodeAndBytesThatStartNoCharacterAreRefused() {
        assertThat(refused(inDescription(0xF4, 0x90, 0x80, 0x80)).problem()).contains("beyond U+10FFFF");
        assertThat(refused(inDescription(0xF5, 0x80, 0x80, 0x80)).problem()).contains("0xF5 starts no character");
        assertThat(refused(inDescription(0xFF)).problem()).contains("0xFF starts no character");
        assertThat(refused(inDescription(0x80)).problem()).contains("0x80 starts no character");
        assertThat(refused(inDescription(0xE2, 0x82)).problem()).contains("a character cut short (0x22");
        assertThat(refused(bytes(START, new int[] {0xE2, 0x82}, "")).problem())
                .contains("the file ends inside a character");
        assertThat(refused(bytes(DOCUMENT, new int[] {0xE2, 0x82}, "")).problem())
                .contains("content after the end of the census");
    }

    @Test
    void utf16AndUtf32AreRefusedAsNotUtf8() {
        CensusFormatException e = refused(DOCUMENT.getBytes(StandardCharsets.UTF_16LE));
        assertThat(e.problem()).startsWith("not UTF-8 at byte 1: a NUL byte");
        assertThat(refused(DOCUMENT.getBytes(StandardCharsets.UTF_16)).problem())
                .startsWith("not UTF-8 at byte 0: 0xFE starts no character");
    }

    @Test
    void wellFormedUtf8IsReadWhateverItsLength() {
        // 2, 3 and 4 bytes, at the edges of each range: é, U+0800, U+FFFD, U+10000, U+10FFFF.
        String text = "é\u0800\uFFFD\uD800\uDC00\uDBFF\uDFFF€😀";
        assertThat(description(read((START + text + END).getBytes(StandardCharsets.UTF_8)))).isEqualTo(text);
        // A UTF-8 byte-order mark is allowed by RFC 8259 to be ignored, and Jackson ignores it.
        assertThat(description(read(bytes("", new int[] {0xEF, 0xBB, 0xBF}, DOCUMENT)))).isEqualTo("puits");
    }

    @Test
    void aLoneSurrogateEscapeIsRefusedWithItsPointer() {
        CensusFormatException e = refused((START + "ab\\uD800" + END).getBytes(StandardCharsets.UTF_8));
        assertThat(e.location().jsonPointer()).contains("/partnerships/0/actions/0/description");
        assertThat(e.problem()).startsWith("a lone surrogate U+D800 at character 3 of the text");
        assertThat(refused((START + "\\uDC00\\uD800" + END).getBytes(StandardCharsets.UTF_8)).problem())
                .contains("U+DC00 at character 1");
        String title = new String(DOCUMENT).replace("\"title\": \"T\"", "\"title\": \"T\\udbff\"");
        assertThat(refused(title.getBytes(StandardCharsets.UTF_8)).location().jsonPointer()).contains("/census/title");
        String notes = new String(DOCUMENT).replace("{\"id\": \"a\"", "{\"id\": \"a\", \"notes\": [\"x\", \"\\uDFFF\"]");
        assertThat(refused(notes.getBytes(StandardCharsets.UTF_8)).location().jsonPointer())
                .contains("/partnerships/0/notes/1");
        String budget = new String(DOCUMENT).replace("{\"id\": \"a\"",
                "{\"id\": \"a\", \"annualBudget\": \"\\uD800 €\"");
        assertThat(refused(budget.getBytes(StandardCharsets.UTF_8)).location().jsonPointer())
                .contains("/partnerships/0/annualBudget");
    }

    @Test
    void anEscapedPairIsOneCharacterAndIsKept() {
        assertThat(description(read((START + "\\uD83D\\uDE00" + END).getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("😀");
    }
}
