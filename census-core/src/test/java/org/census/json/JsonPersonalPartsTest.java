package org.census.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.census.CensusFormatException;
import org.census.model.Census;
import org.junit.jupiter.api.Test;

/** The optional "personalParts" of a partnership: read, written, and refused where no text holds a part. */
class JsonPersonalPartsTest {
    private static final String START = "{\"formatVersion\": 1, \"census\": {\"id\": \"xx-2020\", \"title\": \"T\","
            + " \"publisher\": \"P\", \"partnerCountry\": \"ML\", \"editionDate\": \"2013-11-08\","
            + " \"crisisReferenceDate\": \"2012-03-22\"}, \"partnerships\": [{\"id\": \"a\", \"localMeans\": "
            + "\"Coordinateur : Daouda Camara\", \"personalParts\": ";

    private static Census read(String json) {
        return CensusJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in.json");
    }

    @Test
    void partsAreReadAndWrittenAndLeftOutWithTheContacts() {
        Census census = read(START + "[\"Daouda Camara\"]}]}");
        assertThat(census.partnerships().get(0).personalParts()).containsExactly("Daouda Camara");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CensusJson.write(census, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"personalParts\": [\"Daouda Camara\"]");
        ByteArrayOutputStream published = new ByteArrayOutputStream();
        CensusJson.write(census.withoutContacts(), published);
        assertThat(published.toString(StandardCharsets.UTF_8)).doesNotContain("Camara").doesNotContain("personalParts")
                .contains("\"localMeans\": \"Coordinateur : [personne]\"");
    }

    @Test
    void aPartNoTextHoldsIsRefusedWithThePointer() {
        assertThatThrownBy(() -> read(START + "[\"Daouda CAMARA\"]}]}"))
                .isInstanceOf(CensusFormatException.class)
                .satisfies(e -> assertThat(((CensusFormatException) e).location().jsonPointer())
                        .contains("/partnerships/0"))
                .hasMessageContaining("personal part \"Daouda CAMARA\" occurs in none of the partnership's texts")
                .hasMessageStartingWith("in.json: ");
    }

    @Test
    void partsMustBeStrings() {
        assertThatThrownBy(() -> read(START + "[7]}]}"))
                .isInstanceOf(CensusFormatException.class)
                .hasMessageContaining("/partnerships/0/personalParts");
    }
}
