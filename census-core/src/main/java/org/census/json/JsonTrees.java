package org.census.json;

import java.io.IOException;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.census.CensusFormatException;
import org.census.CensusLimits;
import org.census.Location;
import org.census.internal.TextBudget;

/**
 * Reads one JSON value as a tree, refusing an array longer than a census holds as soon as it passes the limit: a
 * document of three million donors fails at the first one too many instead of filling the heap with a tree of all of
 * them. Numbers with a fraction or an exponent become exact decimals, never doubles (1e309 is no infinity).
 */
final class JsonTrees {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    /**
     * Lists read from one text (the dates of a period, the amounts of a budget, a parser's warnings): as long as the
     * text makes them, which is less than its length.
     */
    private static final Set<String> FROM_TEXT = Set.of(JsonFields.INTERVALS, JsonFields.AMOUNTS_EUR,
            JsonFields.BY_PERIOD, JsonFields.SHARES, JsonFields.WARNINGS, JsonFields.ALSO, JsonFields.UPDATE_DATES);

    private JsonTrees() {
    }

    /** The value of the field {@code name} of the object at {@code at}; its lists are capped as its name says. */
    static JsonNode readField(JsonParser parser, String source, String at, String name, int maxItems,
                              TextBudget budget) throws IOException {
        return read(parser, source, at + "/" + JsonNodes.escape(name),
                FROM_TEXT.contains(name) ? CensusLimits.MAX_TEXT_LENGTH : maxItems, budget);
    }

    /**
     * The value at the parser's current token, the parser left on its last token; its strings are counted in
     * {@code budget}, since the record they belong to is held whole.
     *
     * @param at       the JSON pointer of the value, for errors
     * @param maxItems the most elements of any array in it
     */
    static JsonNode read(JsonParser parser, String source, String at, int maxItems, TextBudget budget)
            throws IOException {
        JsonToken t = parser.currentToken();
        return switch (t) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, readField(parser, source, at, name, maxItems, budget));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (array.size() == maxItems) {
                        throw new CensusFormatException(source, Location.pointer(at),
                                CensusLimits.tooMany(maxItems + 1L, maxItems));
                    }
                    array.add(read(parser, source, at, maxItems, budget));
                }
                yield array;
            }
            case VALUE_STRING -> {
                String text = parser.getText();
                if (!budget.add(text)) {
                    throw new CensusFormatException(source, Location.pointer(at), TextBudget.PROBLEM);
                }
                yield NODES.textNode(text);
            }
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.INT
                    ? NODES.numberNode(parser.getIntValue()) : NODES.numberNode(parser.getDecimalValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new CensusFormatException(source, Location.pointer(at), "expected a value, found "
                    + t.name().toLowerCase(java.util.Locale.ROOT));
        };
    }
}
