package org.census.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;

import org.census.CensusFormatException;
import org.census.CensusLimits;
import org.census.Location;
import org.census.internal.Messages;

/**
 * A JSON object node and its JSON pointer, with typed accessors whose errors name the pointer. Keeps the mapping
 * code free of path bookkeeping.
 */
final class JsonNodes {
    private final String source;
    private final JsonNode node;
    private final String pointer;

    JsonNodes(String source, JsonNode node, String pointer) {
        this.source = source;
        this.node = node;
        this.pointer = pointer;
        if (!node.isObject()) {
            throw error(pointer, "expected an object, found " + describe(node));
        }
    }

    /** Maps a top-level array that was read as a tree. */
    static <T> List<T> array(String source, JsonNode array, String at, BiFunction<JsonNodes, Integer, T> element) {
        if (array == null || !array.isArray()) {
            throw new CensusFormatException(source, Location.pointer(at),
                    "expected an array, found " + describe(array));
        }
        List<T> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(element.apply(new JsonNodes(source, array.get(i), at + "/" + i), i));
        }
        return out;
    }

    String pointer() {
        return pointer;
    }

    CensusFormatException error(String at, String problem) {
        return new CensusFormatException(source, Location.pointer(at.isEmpty() ? "/" : at), problem);
    }

    /** Fails on a field the format does not know, listing the known ones. */
    JsonNodes onlyFields(JsonFields.Kind known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.knows(name)) {
                throw error(child(name), "unknown field \"" + name + "\"; expected one of " + known.names());
            }
        }
        return this;
    }

    boolean has(String field) {
        return node.hasNonNull(field);
    }

    String text(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw error(child(field), "missing required string");
        }
        if (!v.isTextual()) {
            throw error(child(field), "expected a string, found " + describe(v));
        }
        return wholeCharacters(v.textValue(), field, -1);
    }

    String text(String field, String absent) {
        return has(field) ? text(field) : absent;
    }

    Optional<String> optionalText(String field) {
        return has(field) ? Optional.of(text(field)) : Optional.empty();
    }

    Optional<BigDecimal> decimal(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isNumber()) {
            throw error(child(field), "expected a number, found " + describe(v));
        }
        BigDecimal value = v.decimalValue();
        CensusLimits.numberProblem(value).ifPresent(p -> {
            throw error(child(field), p);
        });
        return Optional.of(value);
    }

    LocalDate date(String field) {
        return date(text(field), child(field));
    }

    LocalDate date(String text, String at) {
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(at, "expected an ISO date such as 2013-11-08, found " + describeString(text));
        }
        CensusLimits.DEFAULT.dateProblem(day).ifPresent(p -> {
            throw error(at, p);
        });
        return day;
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String v = text(field);
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw error(child(field), "unknown value \"" + v + "\"; expected one of "
                    + List.of(type.getEnumConstants()));
        }
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, E absent) {
        return has(field) ? enumValue(field, type) : absent;
    }

    JsonNodes object(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw error(child(field), "missing required object");
        }
        return new JsonNodes(source, v, child(field));
    }

    /**
     * Checks a value read from free text: a bare string, or an object with "raw" and derived members that this
     * format knows. Anything else names the pointer.
     */
    void checkParsedValue(String field, JsonFields.Kind known) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isTextual()) {
            return;
        }
        if (!v.isObject()) {
            throw error(child(field), "expected an object with \"raw\" (or a string), found " + describe(v));
        }
        new JsonNodes(source, v, child(field)).onlyFields(known);
    }

    /** The raw text of a parsed value: {"raw": "..."}, or a bare string accepted for hand-written documents. */
    String rawOf(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isTextual()) {
            return wholeCharacters(v.textValue(), field, -1);
        }
        return object(field).text(JsonFields.RAW, "");
    }

    <T> List<T> list(String field, BiFunction<JsonNodes, Integer, T> element) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw error(child(field), "expected an array, found " + describe(v));
        }
        List<T> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            out.add(element.apply(new JsonNodes(source, v.get(i), child(field) + "/" + i), i));
        }
        return out;
    }

    List<String> texts(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw error(child(field), "expected an array of strings, found " + describe(v));
        }
        List<String> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isTextual()) {
                throw error(child(field) + "/" + i, "expected a string, found " + describe(e));
            }
            out.add(wholeCharacters(e.textValue(), field, i));
        }
        // A list fills one cell of the tables.
        CensusLimits.listProblem(out).ifPresent(p -> {
            throw error(child(field), p);
        });
        return out;
    }

    /**
     * The string, refused if it holds a lone surrogate: JSON lets an escape such as "\uD800" stand alone, but no
     * Unicode text holds one, and a CSV (UTF-8) could only write it as "?". Refused here, where the pointer is known,
     * the model never holds one.
     */
    String wholeCharacters(String text, String field, int index) {
        Optional<String> problem = CensusLimits.textProblem(text);
        if (problem.isPresent()) {
            // The pointer is spelt out only for an error: a million texts read make no string for it.
            throw error(index < 0 ? child(field) : child(field) + "/" + index, problem.get());
        }
        return text;
    }

    String child(String field) {
        return pointer + "/" + escape(field);
    }

    /** A field name as a JSON pointer token. */
    static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }

    static String describe(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "nothing";
        }
        if (v.isTextual()) {
            return describeString(v.textValue());
        }
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A string value as an error message quotes it, cut to 40 characters. */
    static String describeString(String s) {
        return "the string \"" + Messages.cut(s, 41) + "\"";
    }
}
