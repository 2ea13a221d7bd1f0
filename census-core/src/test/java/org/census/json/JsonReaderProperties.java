package org.census.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import org.census.CensusFormatException;
import org.census.internal.LoneSurrogates;
import org.census.model.Census;

/**
 * Laws of the JSON reader on any bytes: they are read or refused with a {@link CensusFormatException} (never another
 * exception), and what is read is written and read back equal. The bytes are a small valid document with bytes
 * replaced, inserted or cut (among them the hard cases: overlong forms, surrogates in UTF-8, escaped lone surrogates,
 * a second document), or bytes at random.
 */
class JsonReaderProperties {
    private static final String DOCUMENT = "{\"formatVersion\": 1, \"census\": {\"id\": \"xx-2020\", \"title\": \"Té\","
            + " \"publisher\": \"P\", \"partnerCountry\": \"ML\", \"editionDate\": \"2013-11-08\", "
            + "\"crisisReferenceDate\": \"2012-03-22\"}, \"partnerships\": [{\"id\": \"a\", \"notes\": [\"n😀\"], "
            + "\"annualBudget\": \"5 000 €\", \"actions\": [{\"description\": \"puits/forage\", \"period\": \"2012\"}]}]}";
    private static final byte[] VALID = DOCUMENT.getBytes(StandardCharsets.UTF_8);

    /** Pieces that each reader of JSON must weigh: each is put in the document somewhere. */
    private static final List<byte[]> PIECES = List.of(new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xF0, (byte) 0x9F},
            new byte[] {0}, new byte[] {(byte) 0xFF}, ascii("\\uD800"), ascii("\\uDC00"), ascii("\\uD83D\\uDE00"),
            ascii("\\u0000"), ascii("}"), ascii("]"), ascii("\""), ascii(","), ascii(" x"), VALID,
            "é€".getBytes(StandardCharsets.UTF_8));

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Provide
    Arbitrary<byte[]> documents() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, VALID.length);
        Arbitrary<byte[]> inserted = Combinators.combine(at, Arbitraries.of(PIECES))
                .as((i, piece) -> splice(i, i, piece));
        Arbitrary<byte[]> replaced = Combinators.combine(at, Arbitraries.integers().between(1, 4),
                Arbitraries.of(PIECES)).as((i, n, piece) -> splice(i, Math.min(VALID.length, i + n), piece));
        Arbitrary<byte[]> flipped = Combinators.combine(at.filter(i -> i < VALID.length),
                Arbitraries.integers().between(0, 255)).as((i, b) -> {
                    byte[] copy = VALID.clone();
                    copy[i] = (byte) (int) b;
                    return copy;
                });
        // Inside texts, where most pieces are valid JSON and the decoder, not the grammar, must decide.
        Arbitrary<byte[]> inText = Combinators.combine(Arbitraries.of(inTexts()), Arbitraries.of(PIECES))
                .as((i, piece) -> splice(i, i, piece));
        Arbitrary<byte[]> cut = at.map(i -> splice(i, VALID.length, new byte[0]));
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        return Arbitraries.frequencyOf(Tuple.of(2, inserted), Tuple.of(1, replaced), Tuple.of(1, flipped),
                Tuple.of(1, cut), Tuple.of(1, random), Tuple.of(3, inText));
    }

    /** Offsets in the document just after the first characters of its texts. */
    private static List<Integer> inTexts() {
        List<Integer> offsets = new ArrayList<>();
        for (String text : List.of("\"T", "\"puits", "\"n", "\"5 000")) {
            offsets.add(new String(VALID, StandardCharsets.ISO_8859_1).indexOf(text) + text.length());
        }
        return offsets;
    }

    private static byte[] splice(int from, int to, byte[] piece) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(VALID, 0, from);
        out.writeBytes(piece);
        out.write(VALID, to, VALID.length - to);
        return out.toByteArray();
    }

    @Property(tries = 1000)
    @StatisticsReport(onFailureOnly = true)
    void anyBytesAreReadOrRefusedAndWhatIsReadRoundTrips(@ForAll("documents") byte[] bytes) throws IOException {
        // Both outcomes must be tried, or the law says nothing.
        Statistics.coverage(c -> {
            c.check("read").percentage(pct -> pct > 5);
            c.check("refused").percentage(pct -> pct > 50);
        });
        Census census;
        try {
            census = CensusJson.read(new ByteArrayInputStream(bytes), "in.json");
        } catch (CensusFormatException refused) {
            assertThat(refused.getMessage()).startsWith("in.json: ").doesNotContain("\n");
            Statistics.collect("refused");
            return;
        }
        Statistics.collect("read");
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        CensusJson.write(census, written);
        assertThat(texts(written.toByteArray())).allSatisfy(t -> assertThat(LoneSurrogates.indexIn(t)).isEqualTo(-1));
        assertThat(CensusJson.read(new ByteArrayInputStream(written.toByteArray()), "again.json")).isEqualTo(census);
    }

    @Example
    void theDocumentTheLawsStartFromIsRead() {
        assertThat(CensusJson.read(new ByteArrayInputStream(VALID), "in.json").partnerships().get(0).notes())
                .containsExactly("n😀");
    }

    /** Every string and field name of a JSON document, as a plain parser decodes them. */
    private static List<String> texts(byte[] json) throws IOException {
        List<String> texts = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
                    texts.add(p.getText());
                }
            }
        }
        return texts;
    }
}
