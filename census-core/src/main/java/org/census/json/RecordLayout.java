package org.census.json;

import java.io.IOException;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;

/**
 * Lays out the census JSON one record per line: the document, the edition and each partnership have one field per
 * line; the partnerships, parties, contacts, actions, figures and donors one record per line; everything inside a
 * record stays on its line. A diff then shows the records that changed, and a large census takes less than half
 * the bytes of full indentation, which is what reading and writing it cost.
 *
 * <p>The writer says which containers break lines with {@link #entryPerLine()}; every other container is inline. One instance per generator: it keeps the nesting.
 */
final class RecordLayout implements PrettyPrinter {
    private static final int INDENT = 2;

    /** Per open container, whether it breaks lines. */
    private boolean[] lines = new boolean[16];
    private int depth;
    private boolean breakNext;

    /** The next object or array has one entry per line: a field of an object, a record of an array. */
    void entryPerLine() {
        breakNext = true;
    }

    private void open(JsonGenerator g, char c) throws IOException {
        if (depth == lines.length) {
            lines = Arrays.copyOf(lines, depth * 2);
        }
        lines[depth++] = breakNext;
        breakNext = false;
        g.writeRaw(c);
    }

    private void close(JsonGenerator g, int entries, char c) throws IOException {
        boolean broken = lines[--depth];
        if (broken && entries > 0) {
            newLine(g, depth);
        }
        g.writeRaw(c);
    }

    private void newLine(JsonGenerator g, int level) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < level * INDENT; i++) {
            g.writeRaw(' ');
        }
    }

    private void separate(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        first(g);
    }

    private void first(JsonGenerator g) throws IOException {
        if (lines[depth - 1]) {
            newLine(g, depth);
        }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        open(g, '{');
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
        close(g, nrOfEntries, '}');
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        separate(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        if (lines[depth - 1]) {
            g.writeRaw(": ");
        } else {
            g.writeRaw(':');
        }
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        open(g, '[');
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        close(g, nrOfValues, ']');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        separate(g);
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        first(g);
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        first(g);
    }
}
