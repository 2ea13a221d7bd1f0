package org.census.io.xlsx.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.census.Location;

/**
 * A part's events as text, one a line, as {@link SpreadsheetMlReader} sees them and as the StAX reader census reads
 * its other parts with sees them: {@code <row r=1>}, {@code </row>}, {@code "text"} (the characters between two tags
 * joined), for the laws that compare the two.
 */
final class SpreadsheetMlEvents {
    /** The names the reader tells apart, elements and attributes. */
    static final Map<String, Integer> NAMES = Map.ofEntries(Map.entry("sheetData", SpreadsheetMlReader.SHEET_DATA),
            Map.entry("row", SpreadsheetMlReader.ROW), Map.entry("c", SpreadsheetMlReader.C),
            Map.entry("v", SpreadsheetMlReader.V), Map.entry("f", SpreadsheetMlReader.F),
            Map.entry("is", SpreadsheetMlReader.IS), Map.entry("t", SpreadsheetMlReader.T),
            Map.entry("r", SpreadsheetMlReader.R), Map.entry("rPh", SpreadsheetMlReader.PHONETIC_RUN),
            Map.entry("si", SpreadsheetMlReader.SI), Map.entry("mergeCell", SpreadsheetMlReader.MERGE_CELL),
            Map.entry("s", SpreadsheetMlReader.S), Map.entry("hidden", SpreadsheetMlReader.HIDDEN),
            Map.entry("ref", SpreadsheetMlReader.REF));
    private static final List<String> ATTRIBUTES = List.of("r", "t", "s", "hidden", "ref");

    private SpreadsheetMlEvents() {
    }

    static List<String> ofBytes(byte[] part) throws IOException, XMLStreamException {
        SpreadsheetMlReader xml = SpreadsheetMlReader.open(new ByteArrayInputStream(part), "test.xlsx",
                Location.part("part.xml"));
        List<String> events = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int e = xml.next(); e != SpreadsheetMlReader.END_DOCUMENT; e = xml.next()) {
            if (e == SpreadsheetMlReader.TEXT) {
                text.append(xml.text());
                continue;
            }
            flush(text, events);
            String name = name(xml.name(), xml.nameText());
            if (e == SpreadsheetMlReader.START) {
                StringBuilder start = new StringBuilder("<").append(name);
                for (String a : ATTRIBUTES) {
                    String value = xml.attribute(NAMES.get(a));
                    if (value != null) {
                        start.append(' ').append(a).append('=').append(value);
                    }
                }
                events.add(start.append('>').toString());
            } else {
                events.add("</" + name + ">");
            }
        }
        flush(text, events);
        return events;
    }

    static List<String> ofStax(byte[] part) throws XMLStreamException {
        XMLStreamReader xml = XmlPartReader.open(new ByteArrayInputStream(part), "test.xlsx",
                Location.part("part.xml"));
        List<String> events = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int depth = 0;
        while (xml.hasNext()) {
            int e = xml.next();
            if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA || e == XMLStreamConstants.SPACE) {
                if (depth > 0) {
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                flush(text, events);
                depth++;
                String name = name(xml.getLocalName());
                StringBuilder start = new StringBuilder("<").append(name);
                for (String a : ATTRIBUTES) {
                    // Only attributes without a prefix are the cell's.
                    String value = xml.getAttributeValue("", a);
                    if (value != null) {
                        start.append(' ').append(a).append('=').append(value);
                    }
                }
                events.add(start.append('>').toString());
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                flush(text, events);
                depth--;
                events.add("</" + name(xml.getLocalName()) + ">");
            }
        }
        flush(text, events);
        xml.close();
        return events;
    }

    private static String name(int code, String qualified) {
        return code == SpreadsheetMlReader.OTHER ? "?" + qualified.substring(qualified.indexOf(':') + 1)
                : NAMES.entrySet().stream().filter(e -> e.getValue() == code).findFirst().orElseThrow().getKey();
    }

    private static String name(String local) {
        return NAMES.containsKey(local) ? local : "?" + local;
    }

    private static void flush(StringBuilder text, List<String> events) {
        if (!text.isEmpty()) {
            events.add('"' + text.toString() + '"');
            text.setLength(0);
        }
    }
}
