package org.census.charts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.census.charts.internal.EmbeddedFonts;

/**
 * Embeds in an SVG document the glyphs of the library's fonts that its text uses, as {@code @font-face} rules with
 * data URLs: the positions JFreeSVG writes were measured with those fonts, so a viewer that fell back to another
 * font would set labels over each other. A subset of the few dozen characters of a chart weighs a few kilobytes.
 */
final class SvgFontFaces {
    private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);");

    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "glyf", "hmtx", "cmap", "OS/2",
            "name", "post");

    private SvgFontFaces() {
    }

    /** The document with a style element of font faces after its opening tag; unchanged when it uses no such font. */
    static String embed(String svg) throws IOException {
        Set<Integer> used = characters(svg);
        StringBuilder css = new StringBuilder();
        for (EmbeddedFonts.FontFile font : EmbeddedFonts.files()) {
            if (svg.contains("\"" + font.fontName() + "\"")) {
                css.append("@font-face{font-family:\"").append(font.fontName()).append("\";src:url(data:font/ttf;base64,")
                        .append(Base64.getEncoder().encodeToString(subset(font.resource(), used)))
                        .append(") format(\"truetype\");}");
            }
        }
        if (css.length() == 0) {
            return svg;
        }
        int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        return svg.substring(0, open) + "<defs><style type=\"text/css\"><![CDATA[" + css + "]]></style></defs>"
                + svg.substring(open);
    }

    private static Set<Integer> characters(String svg) {
        Set<Integer> used = new TreeSet<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            unescape(m.group(1)).codePoints().forEach(used::add);
        }
        return used;
    }

    private static String unescape(String text) {
        return ENTITY.matcher(text).replaceAll(e -> {
            String name = e.group(1);
            String plain = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1)));
            };
            return Matcher.quoteReplacement(plain);
        });
    }

    private static byte[] subset(String resource, Set<Integer> characters) throws IOException {
        try (InputStream in = EmbeddedFonts.open(resource);
             TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            // The tables a browser needs to draw glyphs; layout tables (GPOS, GSUB) would weigh 130 kB more.
            TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
            subsetter.addAll(characters);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        }
    }
}
