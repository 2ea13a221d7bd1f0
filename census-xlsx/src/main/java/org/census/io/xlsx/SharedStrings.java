package org.census.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.openxml4j.opc.PackagePart;

import org.census.CensusFormatException;
import org.census.Location;
import org.census.internal.Messages;
import org.census.io.internal.CellText;
import org.census.io.xlsx.internal.XlsxLimits;
import org.census.io.xlsx.internal.SpreadsheetMlReader;

/**
 * A workbook's shared strings, read from their part the first time a cell asks for one (a workbook whose cells are
 * inline strings, as census writes them, never reads the part however large it is) and held compactly for lookup:
 * the characters in large blocks, each string's start and length in arrays. Bounded by
 * {@link XlsxLimits#SHARED_STRINGS} and {@link XlsxLimits#SHARED_STRING_CHARS}. The {@code count} and
 * {@code uniqueCount} attributes, optional and sometimes wrong, are not read: the strings are counted as they come.
 * Each string is its text elements joined, phonetic runs left out, with its {@code _xHHHH_} escapes as they are (an
 * inline string's text has them too; {@link CellText#fromCell} decodes both).
 * Safe for the threads that read sheets at once.
 */
final class SharedStrings {
    /** Characters are kept in blocks of this many; a string never spans two (it is at most 32,767). */
    private static final int BLOCK = 1 << 20;

    private final Optional<PackagePart> part;
    private final String source;
    private volatile boolean loaded;
    private final List<char[]> blocks = new ArrayList<>();
    private int[] starts = new int[1024];
    private char[] lengths = new char[1024];
    private int count;
    private long chars;

    /** The strings of {@code part}; none if the workbook has no shared-strings part. */
    SharedStrings(Optional<PackagePart> part, String source) {
        this.part = part;
        this.source = source;
    }

    /**
     * The string at {@code index}, raw (with its escapes), or empty if there is no such string.
     *
     * @throws CensusFormatException if the part is broken or beyond the limits (read at the first call)
     */
    Optional<String> get(int index) {
        if (!loaded) {
            load();
        }
        if (index < 0 || index >= count) {
            return Optional.empty();
        }
        int start = starts[index];
        return Optional.of(new String(blocks.get(start / BLOCK), start % BLOCK, lengths[index]));
    }

    /** How many strings the part holds (read at the first call). */
    int count() {
        if (!loaded) {
            load();
        }
        return count;
    }

    private synchronized void load() {
        if (loaded || part.isEmpty()) {
            loaded = true;
            return;
        }
        // A read that failed part-way is not kept: a second one starts afresh.
        blocks.clear();
        count = 0;
        chars = 0;
        String name = part.get().getPartName().getName().substring(1);
        Location where = Location.part(name);
        try (InputStream in = part.get().getInputStream()) {
            read(SpreadsheetMlReader.open(in, source, where), where);
        } catch (XMLStreamException e) {
            throw new CensusFormatException(source, where, "broken shared strings XML: "
                    + Messages.cut(Messages.firstLine(e), 200));
        } catch (IOException e) {
            throw new CensusFormatException(source, where, "cannot read the shared strings: "
                    + Messages.cut(Messages.firstLine(e), 200), e);
        }
        loaded = true;
    }

    private void read(SpreadsheetMlReader xml, Location where) throws XMLStreamException, IOException {
        StringBuilder text = new StringBuilder();
        boolean inString = false;
        int phonetic = 0;
        boolean inText = false;
        while (true) {
            switch (xml.next()) {
                case SpreadsheetMlReader.START -> {
                    switch (xml.name()) {
                        case SpreadsheetMlReader.SI -> {
                            inString = true;
                            text.setLength(0);
                        }
                        case SpreadsheetMlReader.PHONETIC_RUN -> phonetic++;
                        case SpreadsheetMlReader.T -> inText = inString && phonetic == 0;
                        default -> { }
                    }
                }
                case SpreadsheetMlReader.END -> {
                    switch (xml.name()) {
                        case SpreadsheetMlReader.SI -> {
                            if (inString) {
                                add(text, where);
                            }
                            inString = false;
                        }
                        case SpreadsheetMlReader.PHONETIC_RUN -> phonetic = Math.max(0, phonetic - 1);
                        case SpreadsheetMlReader.T -> inText = false;
                        default -> { }
                    }
                }
                case SpreadsheetMlReader.TEXT -> {
                    if (inText) {
                        String chunk = xml.text();
                        if (text.length() + chunk.length() > CellText.MAX_CELL_LENGTH) {
                            throw new CensusFormatException(source, where, String.format(Locale.ROOT, "shared string "
                                    + "%,d has more than %,d characters, the most a spreadsheet cell holds", count,
                                    CellText.MAX_CELL_LENGTH));
                        }
                        text.append(chunk);
                    }
                }
                case SpreadsheetMlReader.END_DOCUMENT -> {
                    return;
                }
                default -> { }
            }
        }
    }

    private void add(StringBuilder text, Location where) {
        if (count == XlsxLimits.SHARED_STRINGS) {
            throw new CensusFormatException(source, where, String.format(Locale.ROOT, "more than %,d shared strings, "
                    + "the most read here", XlsxLimits.SHARED_STRINGS));
        }
        chars += text.length();
        if (chars > XlsxLimits.SHARED_STRING_CHARS) {
            throw new CensusFormatException(source, where, String.format(Locale.ROOT, "shared strings of more than "
                    + "%,d characters together, the most read here", XlsxLimits.SHARED_STRING_CHARS));
        }
        long end = count == 0 ? 0 : (long) starts[count - 1] + lengths[count - 1];
        int used = (int) (end - (long) (blocks.size() - 1) * BLOCK);
        if (blocks.isEmpty() || used + text.length() > BLOCK) {
            blocks.add(new char[BLOCK]);
            used = 0;
        }
        int block = blocks.size() - 1;
        text.getChars(0, text.length(), blocks.get(block), used);
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
        }
        starts[count] = block * BLOCK + used;
        lengths[count] = (char) text.length();
        count++;
    }
}
