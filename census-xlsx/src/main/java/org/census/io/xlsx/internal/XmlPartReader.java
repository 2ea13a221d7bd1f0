package org.census.io.xlsx.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

import org.census.CensusFormatException;
import org.census.Location;

/**
 * Opens a workbook part as a StAX stream, in time linear in its size: the parts other than worksheets and shared
 * strings (which {@link SpreadsheetMlReader} reads): the workbook part, the styles and an ods's content, and, with the
 * JDK's parser, every part in the pass that counts what POI would build. Aalto, the fast parser used here, keeps the
 * names it meets in a table whose cost grows with each new name: 100,000 distinct element or attribute names cost
 * minutes. So a part may use at most {@link XlsxLimits#XML_NAMES} distinct names (a sheet uses about 20), and,
 * because Aalto reads all of an element's attributes before anyone can count them, at most
 * {@link XlsxLimits#XML_ATTRIBUTES} attributes an element, counted as '=' signs inside a tag and outside its quoted
 * values on the bytes, before Aalto sees them. A part in UTF-16 or UTF-32, where those bytes are not the characters,
 * is read with the JDK's parser, slower but linear, whose own limit is 10,000 attributes an element. No DTD, no
 * external entity.
 */
public final class XmlPartReader {
    private static final XMLInputFactory JDK = jdkXml();

    private XmlPartReader() {
    }

    /**
     * A reader of the part {@code in}, which it does not close; {@code where} names the part or sheet in errors.
     *
     * @throws CensusFormatException if the part is not XML from its first bytes, or (as it is read) exceeds a limit
     */
    public static XMLStreamReader open(InputStream in, String source, Location where) {
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
            buffered.mark(2);
            int first = buffered.read();
            int second = buffered.read();
            buffered.reset();
            boolean asciiBytes = first != 0 && first != 0xfe && first != 0xff && !(first == '<' && second == 0);
            XMLStreamReader xml = asciiBytes
                    ? aaltoXml().createXMLStreamReader(new AttributeBound(buffered, source, where))
                    : JDK.createXMLStreamReader(buffered);
            return new NameLimit(xml, source, where);
        } catch (IOException | XMLStreamException e) {
            throw new CensusFormatException(source, where, "not XML: " + org.census.internal.Messages.cut(
                    org.census.internal.Messages.firstLine(e), 200));
        }
    }

    /**
     * The same with the JDK's parser whatever the encoding, for a pass that must read every part as POI will (slower
     * than Aalto, but linear).
     */
    static XMLStreamReader openWithJdk(InputStream in, String source, Location where) throws XMLStreamException {
        return new NameLimit(JDK.createXMLStreamReader(in), source, where);
    }

    /** A factory of its own for each part: Aalto's factory would keep every name it met for the next parts. */
    private static XMLInputFactory aaltoXml() {
        XMLInputFactory f = new com.fasterxml.aalto.stax.InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        // Names come interned: NameLimit knows a name it has just seen by identity (a String caches its hash).
        f.setProperty("org.codehaus.stax2.internNames", true);
        return f;
    }

    private static XMLInputFactory jdkXml() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    /**
     * Counts the '=' bytes inside a tag, outside its quoted values: no element can have more attributes than that.
     * Text and attribute values may hold any number of '=' (a formula, a URL, a census text of them).
     */
    private static final class AttributeBound extends FilterInputStream {
        private final String source;
        private final Location where;
        private int equals;
        private boolean inTag;
        /** The quote that opened the attribute value being read, or 0 outside one. */
        private byte quote;

        AttributeBound(InputStream in, String source, Location where) {
            super(in);
            this.source = source;
            this.where = where;
        }

        @Override
        public int read() throws IOException {
            // The parsers read in blocks; a single byte goes through the same count.
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            // The state in locals, and text passed over to the next '<' in a tight loop: this runs on every byte.
            int count = equals;
            boolean tag = inTag;
            byte open = quote;
            for (int i = off, end = off + n; i < end; i++) {
                byte c = b[i];
                if (open != 0) {
                    if (c == open) {
                        open = 0;
                    }
                } else if (c == '<') {
                    tag = true;
                    count = 0;
                } else if (tag) {
                    if (c == '>') {
                        tag = false;
                    } else if (c == '"' || c == '\'') {
                        open = c;
                    } else if (c == '=' && ++count > XlsxLimits.XML_ATTRIBUTES) {
                        throw tooManyAttributes();
                    }
                }
            }
            equals = count;
            inTag = tag;
            quote = open;
            return n;
        }

        private CensusFormatException tooManyAttributes() {
            return new CensusFormatException(source, where, String.format(Locale.ROOT, "an element with more than "
                    + "%,d attributes, the most read here", XlsxLimits.XML_ATTRIBUTES));
        }

        @Override
        public long skip(long n) {
            // Skipped bytes would not be counted: the XML parsers read, they do not skip.
            return 0;
        }
    }

    /** Counts the distinct names of elements, attributes and namespace prefixes, as each element starts. */
    static final class NameLimit extends StreamReaderDelegate {
        private final String source;
        private final Location where;
        private final Set<String> names = new HashSet<>();
        /** The names seen last, by identity, at their hash: most elements repeat a handful of names. */
        private final String[] recent = new String[64];

        NameLimit(XMLStreamReader xml, String source, Location where) {
            super(xml);
            this.source = source;
            this.where = where;
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                seen(getLocalName());
                for (int i = getAttributeCount() - 1; i >= 0; i--) {
                    seen(getAttributeLocalName(i));
                }
                for (int i = getNamespaceCount() - 1; i >= 0; i--) {
                    String prefix = getNamespacePrefix(i);
                    seen(prefix == null ? "" : prefix);
                }
            }
            return event;
        }

        @Override
        public int nextTag() throws XMLStreamException {
            int event = next();
            while (event == XMLStreamConstants.CHARACTERS && isWhiteSpace() || event == XMLStreamConstants.SPACE
                    || event == XMLStreamConstants.COMMENT || event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
                event = next();
            }
            if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
                throw new XMLStreamException("expected a start or end tag", getLocation());
            }
            return event;
        }

        private void seen(String name) {
            int slot = name.hashCode() & (recent.length - 1);
            if (recent[slot] == name) {
                return;
            }
            recent[slot] = name;
            if (names.add(name) && names.size() > XlsxLimits.XML_NAMES) {
                throw new CensusFormatException(source, where, String.format(Locale.ROOT, "more than %,d distinct "
                        + "XML element and attribute names, the most a part may use here (a sheet uses about 20)",
                        XlsxLimits.XML_NAMES));
            }
        }
    }
}
