package org.census.charts;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.batik.svggen.DefaultStyleHandler;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.census.CensusException;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws a chart into an SVG document with Apache Batik's SVG generator (Apache License 2.0), text kept as
 * {@code <text>} in the font it was measured with, which the document carries as a subset ({@link SvgFontFaces});
 * or, for a viewer that ignores an embedded font (Word), text drawn as the glyphs' outlines ({@link Text#OUTLINES}).
 * The same chart gives the same bytes: Batik numbers its clip paths in drawing order.
 */
final class SvgChartWriter {
    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final DefaultStyleHandler STYLE = new DefaultStyleHandler();

    private SvgChartWriter() {
    }

    /** How the chart's text is written. */
    enum Text {
        /** {@code <text>} elements, selectable and searchable, in the embedded font. */
        TEXT,
        /**
         * Filled paths, the glyphs' outlines: the same look in any viewer, font or none, at any zoom. Coordinates
         * are rounded to a hundredth of a point and written relative ({@link SvgRelativePaths}): a chart's outlines
         * weigh 75-400 KB, and deflate to 10-35 KB.
         */
        OUTLINES
    }

    static void write(JFreeChart chart, OutputStream out, ChartSize size) throws IOException {
        write(chart, out, size, Text.TEXT);
    }

    static void write(JFreeChart chart, OutputStream out, ChartSize size, Text text) throws IOException {
        Document document = newDocument();
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        context.setStyleHandler(SvgChartWriter::styleWithFontStack);
        if (text == Text.OUTLINES) {
            context.setPrecision(2);
        }
        SVGGraphics2D g2 = new MeasuredSvgGraphics(context, text == Text.OUTLINES);
        chart.draw(g2, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        Element svg = g2.getRoot(document.getDocumentElement());
        g2.dispose();
        // The canvas is in points and drawing units are points: the view box maps one onto the other.
        String width = decimal(size.width());
        String height = decimal(size.height());
        svg.setAttributeNS(null, "width", width + "pt");
        svg.setAttributeNS(null, "height", height + "pt");
        svg.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
        if (text == Text.OUTLINES) {
            SvgRelativePaths.relativize(svg);
        }
        SvgFontFaces.embed(svg);
        if (chart.getTitle() != null) {
            Element title = document.createElementNS(SVG_NS, "title");
            title.setTextContent(chart.getTitle().getText());
            svg.insertBefore(title, svg.getFirstChild());
        }
        serialize(document, out);
    }

    /**
     * Batik's generator, measuring text with fractional advances as the PNG writer and a browser do: Batik's own
     * metrics round each glyph's advance to a whole unit, which widens labels and shifts the plot a few points.
     */
    private static final class MeasuredSvgGraphics extends SVGGraphics2D {
        /** Only measures: a one-pixel image's graphics with the PNG writer's text hints. */
        private static final Graphics2D METRICS = metrics();

        MeasuredSvgGraphics(SVGGeneratorContext context, boolean textAsShapes) {
            super(context, textAsShapes);
        }

        private MeasuredSvgGraphics(MeasuredSvgGraphics g) {
            super(g);
        }

        @Override
        public Graphics create() {
            return new MeasuredSvgGraphics(this);
        }

        @Override
        public FontMetrics getFontMetrics(Font font) {
            return METRICS.getFontMetrics(font);
        }

        /** Outlined text: the glyphs placed where they compress ({@link SvgRelativePaths}). */
        @Override
        public void drawGlyphVector(GlyphVector glyphs, float x, float y) {
            if (textAsShapes) {
                fill(SvgRelativePaths.snappedOutline(glyphs, x, y));
            } else {
                super.drawGlyphVector(glyphs, x, y);
            }
        }

        /** Outlines are laid out with the metrics the text was measured with. */
        @Override
        public FontRenderContext getFontRenderContext() {
            return textAsShapes ? METRICS.getFontRenderContext() : super.getFontRenderContext();
        }

        private static Graphics2D metrics() {
            Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            return g2;
        }
    }

    /** Batik's way of setting presentation attributes, with a font stack in place of the lone family name. */
    private static void styleWithFontStack(Element element, Map<?, ?> style, SVGGeneratorContext context) {
        Object family = style.get("font-family");
        if (family == null) {
            STYLE.setStyle(element, style, context);
            return;
        }
        // A copy: Batik compares the next element's style with this map to decide what changed.
        Map<Object, Object> copy = new HashMap<>(style);
        copy.put("font-family", cssFontFamily((String) family));
        STYLE.setStyle(element, copy, context);
    }

    /**
     * The font stack for an SVG viewer: the chart's own font first, then the viewer's sans-serif. Batik writes a
     * font's family in single quotes ({@code 'Source Sans 3'}) and a generic family bare ({@code sans-serif}), which
     * stays as it is. Names stay in single quotes, which a double-quoted attribute holds as they are.
     */
    static String cssFontFamily(String family) {
        if (!family.startsWith("'")) {
            return family;
        }
        String name = family.replace("\"", "").replace("'", "");
        if (name.startsWith("Source Sans 3")) {
            return "'" + name + "', 'Source Sans 3', 'Source Sans Pro', Arial, Helvetica, sans-serif";
        }
        return "'" + name + "', sans-serif";
    }

    /** A length with at most two decimals and no trailing zeros: "453.54", "360". */
    private static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static Document newDocument() {
        try {
            // The JDK's own DOM and serializer, whatever XML libraries the host application has on its class path.
            Document document = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NS, "svg", null);
            document.setXmlStandalone(true);
            return document;
        } catch (ParserConfigurationException e) {
            throw new CensusException("the JDK's XML parser cannot make an SVG document: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the document as UTF-8 XML without a document type: Batik's own writer names the SVG 1.0 DTD by URL,
     * which an XML parser would go and fetch.
     */
    private static void serialize(Document document, OutputStream out) throws IOException {
        try {
            Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            transformer.transform(new DOMSource(document), new StreamResult(out));
        } catch (TransformerException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new CensusException("cannot write the SVG document: " + e.getMessage(), e);
        }
    }
}
