package org.census.io.iati;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.census.CensusIOException;

/**
 * An XML document written as it goes through StAX, indented two spaces so that a person can read the file, with the
 * census's texts made fit for XML 1.0 and every failure of the stream a {@link CensusIOException}.
 */
final class XmlOut {
    private static final String INDENT = "  ";

    private final XMLStreamWriter xml;
    // For each open element, whether it has child elements yet (its end tag then goes on a line of its own).
    private final Deque<boolean[]> open = new ArrayDeque<>();

    XmlOut(OutputStream out) {
        xml = call(() -> XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8"));
    }

    void startDocument() {
        run(() -> xml.writeStartDocument("UTF-8", "1.0"));
    }

    /** Opens an element on a line of its own. */
    XmlOut start(String name) {
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
        run(() -> {
            xml.writeCharacters("\n" + INDENT.repeat(open.size()));
            xml.writeStartElement(name);
        });
        open.push(new boolean[] {false});
        return this;
    }

    XmlOut attribute(String name, String value) {
        run(() -> xml.writeAttribute(name, fit(value)));
        return this;
    }

    /** The {@code xml:lang} attribute. */
    XmlOut lang(String language) {
        run(() -> xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", fit(language)));
        return this;
    }

    XmlOut text(String text) {
        run(() -> xml.writeCharacters(fit(text)));
        return this;
    }

    void end() {
        boolean hadChildren = open.pop()[0];
        run(() -> {
            if (hadChildren) {
                xml.writeCharacters("\n" + INDENT.repeat(open.size()));
            }
            xml.writeEndElement();
        });
    }

    /** An element with no content: {@code <name a="b"/>} with these attribute names and values, alternating. */
    void empty(String name, String... attributes) {
        start(name);
        for (int i = 0; i < attributes.length; i += 2) {
            attribute(attributes[i], attributes[i + 1]);
        }
        end();
    }

    /** Ends the document and flushes the stream (which stays open). */
    void finish() {
        run(() -> {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        });
    }

    /**
     * A text as XML 1.0 can hold it: the characters it forbids (controls other than tab and line ends, U+FFFE and
     * U+FFFF) become U+FFFD. The model holds no lone surrogate. Carriage returns become line feeds, as a reader would
     * make them.
     */
    static String fit(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            if (!allowed || c == '\r') {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, i);
                }
                boolean crlf = c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n';
                if (!crlf) {
                    b.append(c == '\r' ? '\n' : '\uFFFD');
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }

    private interface XmlCall<T> {
        T call() throws XMLStreamException;
    }

    private static void run(XmlStep step) {
        call(() -> {
            step.run();
            return null;
        });
    }

    // StAX reports a failing stream as an XMLStreamException around the IOException.
    private static <T> T call(XmlCall<T> step) {
        return CensusIOException.call("cannot write IATI XML", () -> {
            try {
                return step.call();
            } catch (XMLStreamException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
            }
        });
    }
}
