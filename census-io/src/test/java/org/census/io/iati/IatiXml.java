package org.census.io.iati;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatOptions;
import org.census.model.Census;

/** Writes censuses as IATI and reads the result back: schema validation and a DOM for the rules' checks. */
final class IatiXml {
    private static final Schema SCHEMA = schema();

    private IatiXml() {
    }

    static byte[] write(Census census, String options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CensusSink sink = new IatiCensusFormat().write(out, FormatOptions.parse(options))) {
            sink.census(census);
        }
        return out.toByteArray();
    }

    /** Validates against the IATI 2.03 activity schema; throws with the schema's message when invalid. */
    static void validate(byte[] xml) {
        try {
            Validator v = SCHEMA.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("not valid IATI 2.03: " + e.getMessage(), e);
        }
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The child elements of that name, in order. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " <" + name + "> in <" + parent.getTagName() + ">");
        }
        return found.get(0);
    }

    static List<Element> activities(Document doc) {
        return children(doc.getDocumentElement(), "iati-activity");
    }

    private static Schema schema() {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // The schema's includes and imports are files beside it; nothing is fetched from the network.
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
            return f.newSchema(IatiXml.class.getResource("iati-activities-schema.xsd"));
        } catch (SAXException e) {
            throw new AssertionError(e);
        }
    }
}
