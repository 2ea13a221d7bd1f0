package org.census.charts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.census.CensusException;
import org.census.charts.internal.EmbeddedFonts;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Embeds in an SVG document the glyphs of the library's fonts that its text uses, as {@code @font-face} rules with
 * data URLs: the positions of the text were measured with those fonts, so a viewer that fell back to another font
 * would set labels over each other. Each font carries only the characters drawn in it: a few kilobytes a chart.
 */
final class SvgFontFaces {
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "glyf", "hmtx", "cmap", "OS/2",
            "name", "post");

    private SvgFontFaces() {
    }

    /** Adds a style element of font faces as the first child of the root; nothing when no text uses such a font. */
    static void embed(Element svg) throws IOException {
        Map<String, Set<Integer>> used = new TreeMap<>();
        collect(svg, "", used);
        StringBuilder css = new StringBuilder();
        for (EmbeddedFonts.FontFile font : EmbeddedFonts.files()) {
            Set<Integer> characters = used.get(font.fontName());
            if (characters != null) {
                css.append("@font-face{font-family:\"").append(font.fontName()).append("\";src:url(data:font/ttf;base64,")
                        .append(Base64.getEncoder().encodeToString(subset(font.resource(), characters)))
                        .append(") format(\"truetype\");}");
            }
        }
        if (css.length() == 0) {
            return;
        }
        var document = svg.getOwnerDocument();
        Element style = document.createElementNS(SvgChartWriter.SVG_NS, "style");
        style.setAttributeNS(null, "type", "text/css");
        style.appendChild(document.createCDATASection(css.toString()));
        Element defs = document.createElementNS(SvgChartWriter.SVG_NS, "defs");
        defs.appendChild(style);
        svg.insertBefore(defs, svg.getFirstChild());
    }

    /** The characters of each text element, by the first family of the font-family it has or inherits. */
    private static void collect(Element element, String inherited, Map<String, Set<Integer>> used) {
        String family = element.hasAttributeNS(null, "font-family")
                ? firstFamily(element.getAttributeNS(null, "font-family")) : inherited;
        if ("text".equals(element.getLocalName())) {
            element.getTextContent().codePoints().forEach(used.computeIfAbsent(family, f -> new TreeSet<>())::add);
            return;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                collect(e, family, used);
            }
        }
    }

    private static String firstFamily(String fontFamily) {
        int comma = fontFamily.indexOf(',');
        String first = comma < 0 ? fontFamily : fontFamily.substring(0, comma);
        return first.strip().replace("\"", "").replace("'", "");
    }

    private static byte[] subset(String resource, Set<Integer> characters) throws IOException {
        TrueTypeFont font = Parsed.FONTS.get(resource);
        // A parsed font reads its tables from one buffer as it goes: one subsetter at a time.
        synchronized (font) {
            // The tables a browser needs to draw glyphs; layout tables (GPOS, GSUB) would weigh 130 kB more.
            TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
            subsetter.addAll(characters);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        }
    }

    /**
     * The fonts parsed once, on first use, and kept: parsing one (its substitution tables above all) takes longer
     * than drawing a chart, and two are parsed for each SVG otherwise.
     */
    private static final class Parsed {
        static final Map<String, TrueTypeFont> FONTS = parseAll();

        private static Map<String, TrueTypeFont> parseAll() {
            Map<String, TrueTypeFont> fonts = new HashMap<>();
            for (EmbeddedFonts.FontFile file : EmbeddedFonts.files()) {
                try (InputStream in = EmbeddedFonts.open(file.resource())) {
                    fonts.put(file.resource(), new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes())));
                } catch (IOException e) {
                    throw new CensusException("font resource " + file.resource() + " cannot be read as TrueType: "
                            + e.getMessage(), e);
                }
            }
            return Map.copyOf(fonts);
        }
    }
}
