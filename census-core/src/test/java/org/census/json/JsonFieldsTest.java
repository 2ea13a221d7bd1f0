package org.census.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.census.bundled.BundledCensus;
import org.census.model.Census;

/**
 * The field names of the format agree in the three places that use them: the schema defines each kind of object with
 * exactly the fields {@link JsonFields.Kind} lists (which the reader accepts, and no others), and the writer writes
 * each of them where the schema puts it, and nothing else.
 */
class JsonFieldsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode SCHEMA = schema();

    private static JsonNode schema() {
        try (InputStream in = CensusJson.class.getResourceAsStream("census-v1.schema.json")) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theSchemaDefinesEachKindWithTheFieldsTheReaderAccepts() {
        for (JsonFields.Kind kind : JsonFields.Kind.values()) {
            JsonNode definition = SCHEMA.at(kind.schemaPointer());
            assertThat(definition.path("additionalProperties").isBoolean()
                    && !definition.path("additionalProperties").booleanValue()).as("%s closed", kind).isTrue();
            assertThat(names(definition.path("properties"))).as("%s at %s", kind, kind.schemaPointer())
                    .containsExactlyElementsOf(kind.names());
        }
    }

    @Test
    void everyObjectTheSchemaDefinesIsAKind() {
        Set<String> objects = new TreeSet<>();
        collectObjects(SCHEMA, "", objects);
        assertThat(objects).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(JsonFields.Kind.values()).map(JsonFields.Kind::schemaPointer).toList());
    }

    private static void collectObjects(JsonNode node, String pointer, Set<String> objects) {
        if (node.has("properties") && node.path("properties").isObject()) {
            objects.add(pointer);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isObject()) {
                collectObjects(e.getValue(), pointer + "/" + e.getKey(), objects);
            }
        }
    }

    @Test
    void theWriterWritesEveryFieldWhereTheSchemaPutsItAndNoOther() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // The bundled census gives no publisher identifier (its publisher's is for it to give): one is set here.
        Census bundled = BundledCensus.load();
        CensusJson.write(new Census(bundled.edition().withPublisherOrgId(Optional.of("XI-IATI-12345")),
                bundled.partnerships(), bundled.solidarityFund(), bundled.statedFigures()), out);
        Set<String> written = new HashSet<>();
        walk(MAPPER.readTree(out.toByteArray()), "", "", written);
        Set<String> defined = new HashSet<>();
        for (JsonFields.Kind kind : JsonFields.Kind.values()) {
            kind.names().forEach(name -> defined.add(kind.schemaPointer() + " " + name));
        }
        // The bundled census holds a value of every kind the writer writes (a test fails if it stops doing so).
        assertThat(written).containsExactlyInAnyOrderElementsOf(defined);
    }

    /** Walks a written value beside its schema, noting "schema pointer, field" for each field of each object. */
    private static void walk(JsonNode value, String schemaPointer, String at, Set<String> written) {
        JsonNode schema = SCHEMA.at(schemaPointer);
        while (schema.has("$ref")) {
            schemaPointer = schema.get("$ref").textValue().substring(1);
            schema = SCHEMA.at(schemaPointer);
        }
        if (value.isObject()) {
            for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                assertThat(schema.path("properties").has(field)).as("%s/%s is in the schema at %s", at, field,
                        schemaPointer).isTrue();
                written.add(schemaPointer + " " + field);
                walk(value.get(field), schemaPointer + "/properties/" + field, at + "/" + field, written);
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                walk(value.get(i), schemaPointer + "/items", at + "/" + i, written);
            }
        }
    }
}
