package org.census.publication.internal.html;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.census.CensusException;
import org.census.charts.ChartFormat;
import org.census.charts.ChartWriter;
import org.census.publication.internal.document.Block;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A figure's chart as an {@code <svg>} element inside the page: drawn by census-charts, without its XML prolog, its ids
 * prefixed with the figure's anchor (each chart numbers its clip paths from 1, and two charts in one page would
 * otherwise clip each other), named by the figure's text alternative ({@code role="img"}, {@code aria-label},
 * {@code <title>}).
 */
final class InlineSvg {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Pattern URL_REFERENCE = Pattern.compile("url\\(\\s*#([^)\\s]+)\\s*\\)");

    private InlineSvg() {
    }

    /**
     * Writes the figure's chart as SVG.
     *
     * @param forBrowser whether the SVG is for a browser, which needs the chart font the SVG embeds ({@code @font-face}
     *                   with a data URL); for the PDF's SVG drawer, which takes its fonts from the PDF renderer, the
     *                   styles go and an {@code alt} attribute names the chart, which the PDF's layout engine gives its
     *                   Figure tag as the text alternative PDF/UA asks for
     */
    static void write(Block.Figure figure, Writer out, boolean forBrowser) throws IOException {
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        ChartWriter.write(figure.chart().get(), svg, ChartFormat.SVG, figure.size());
        Document document = parse(svg.toByteArray());
        Element root = document.getDocumentElement();
        if (!forBrowser) {
            removeStyles(root);
        }
        prefixIds(root, figure.anchor() + "-");
        name(root, figure.alt());
        if (!forBrowser) {
            root.setAttributeNS(null, "alt", MarkupWriter.legal(figure.alt()));
        }
        serialize(document, out);
    }

    private static Document parse(byte[] svg) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            // The chart writer's own output, which has no document type; refused all the same.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        } catch (ParserConfigurationException | SAXException e) {
            throw new CensusException("the chart's SVG cannot be read back: " + e.getMessage(), e);
        }
    }

    private static void removeStyles(Element element) {
        Node child = element.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child instanceof Element e) {
                if ("style".equals(e.getLocalName())) {
                    element.removeChild(e);
                } else {
                    removeStyles(e);
                }
            }
            child = next;
        }
    }

    /** Prefixes every id, and every reference to one: {@code url(#x)} in any attribute, {@code href="#x"}. */
    static void prefixIds(Element element, String prefix) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            String value = attribute.getValue();
            if ("id".equals(name)) {
                attribute.setValue(prefix + value);
            } else if ("href".equals(name) && value.startsWith("#")) {
                attribute.setValue("#" + prefix + value.substring(1));
            } else if (value.contains("url(")) {
                Matcher m = URL_REFERENCE.matcher(value);
                attribute.setValue(m.replaceAll(r -> Matcher.quoteReplacement("url(#" + prefix + r.group(1) + ")")));
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                prefixIds(e, prefix);
            }
        }
    }

    /** The figure's text alternative as the SVG's accessible name, in place of the chart's title. */
    private static void name(Element root, String alt) {
        root.setAttributeNS(null, "role", "img");
        alt = MarkupWriter.legal(alt);
        root.setAttributeNS(null, "aria-label", alt);
        Element title = null;
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && "title".equals(e.getLocalName())) {
                title = e;
                break;
            }
        }
        if (title == null) {
            title = root.getOwnerDocument().createElementNS(SVG_NS, "title");
            root.insertBefore(title, root.getFirstChild());
        }
        title.setTextContent(alt);
    }

    private static void serialize(Document document, Writer out) throws IOException {
        try {
            Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            transformer.transform(new DOMSource(document.getDocumentElement()), new StreamResult(out));
        } catch (TransformerException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new CensusException("cannot write the chart's SVG: " + e.getMessage(), e);
        }
    }
}
