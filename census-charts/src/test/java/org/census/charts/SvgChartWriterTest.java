package org.census.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.census.bundled.BundledCensus;
import org.census.charts.spi.ChartContext;
import org.census.model.Census;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The SVG of the bundled census's charts: text as text, in the font the document carries, the same bytes each time. */
class SvgChartWriterTest {
    private static final Census BUNDLED = BundledCensus.load();
    private static final Pattern FONT_FACE = Pattern.compile(
            "@font-face\\{font-family:\"([^\"]+)\";src:url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\) format");

    private static JFreeChart chart(String id, Locale locale) {
        return CensusCharts.installed().require(id).build(BUNDLED, ChartContext.of(BUNDLED, locale));
    }

    private static byte[] svg(JFreeChart chart, ChartSize size) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartWriter.write(chart, out, ChartFormat.SVG, size);
        return out.toByteArray();
    }

    @Test
    void everyTextIsSetInAnEmbeddedFontWhoseSubsetHasItsGlyphs(@TempDir Path dir) throws Exception {
        for (String id : CensusCharts.installed().ids()) {
            Path file = dir.resolve(id + ".svg");
            Files.write(file, svg(chart(id, Locale.FRENCH), ChartSize.PRINT));
            Document svg = ChartSetTest.parseSvg(file);
            Map<String, Set<Integer>> drawn = new HashMap<>();
            NodeList texts = svg.getElementsByTagNameNS(ChartSetTest.SVG, "text");
            assertThat(texts.getLength()).as(id).isPositive();
            for (int i = 0; i < texts.getLength(); i++) {
                Element text = (Element) texts.item(i);
                drawn.computeIfAbsent(firstFamily(text), f -> new TreeSet<>())
                        .addAll(text.getTextContent().codePoints().boxed().toList());
            }
            assertThat(drawn.keySet()).as(id).isSubsetOf("Source Sans 3", "Source Sans 3 Semibold");
            Map<String, TrueTypeFont> embedded = embeddedFonts(svg);
            assertThat(embedded.keySet()).as(id).isEqualTo(drawn.keySet());
            for (var family : drawn.entrySet()) {
                TrueTypeFont font = embedded.get(family.getKey());
                // A subset: the characters drawn, not the ~1,900 glyphs of the whole font.
                assertThat(font.getNumberOfGlyphs()).as(id + " " + family.getKey()).isLessThan(200);
                var cmap = font.getUnicodeCmapLookup();
                for (int c : family.getValue()) {
                    assertThat(cmap.getGlyphId(c)).as(id + " " + family.getKey() + " U+%04X", c).isPositive();
                }
                font.close();
            }
        }
    }

    @Test
    void theCanvasIsInPointsAndTheTitleIsTheChartsInItsFont(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("regions.svg");
        Files.write(file, svg(chart("regions", Locale.ENGLISH), ChartSize.PRINT));
        Element root = ChartSetTest.parseSvg(file).getDocumentElement();
        assertThat(root.getAttribute("width")).isEqualTo("453.54pt");
        assertThat(root.getAttribute("height")).isEqualTo("302.36pt");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 453.54 302.36");
        Element title = (Element) root.getFirstChild();
        assertThat(title.getLocalName()).isEqualTo("title");
        assertThat(title.getTextContent()).isEqualTo("Partnerships by region of Mali");
        NodeList texts = root.getElementsByTagNameNS(ChartSetTest.SVG, "text");
        Element drawnTitle = (Element) texts.item(0);
        assertThat(drawnTitle.getTextContent()).isEqualTo("Partnerships by region of Mali");
        assertThat(firstFamily(drawnTitle)).isEqualTo("Source Sans 3 Semibold");
        assertThat(ChartSetTest.texts(root.getOwnerDocument())).contains("Tombouctou", "Ségou", "18");
    }

    @Test
    void outlinedTextLeavesNoTextNoFontAndNothingOutsideTheFile(@TempDir Path dir) throws Exception {
        for (String id : CensusCharts.installed().ids()) {
            JFreeChart chart = chart(id, Locale.FRENCH);
            ChartSize size = ChartSize.PRINT.taller(CensusCharts.installed().require(id).relativeHeight());
            Path text = dir.resolve(id + ".svg");
            Files.write(text, svg(chart, size));
            Path outlined = dir.resolve(id + "-outlined.svg");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartWriter.writeSvgWithOutlinedText(chart, out, size);
            Files.write(outlined, out.toByteArray());

            Document svg = ChartSetTest.parseSvg(outlined);
            Element root = svg.getDocumentElement();
            assertThat(root.getAttribute("viewBox")).as(id)
                    .isEqualTo(ChartSetTest.parseSvg(text).getDocumentElement().getAttribute("viewBox"));
            assertThat(root.getFirstChild().getTextContent()).as(id).isEqualTo(chart.getTitle().getText());
            assertThat(svg.getElementsByTagNameNS(ChartSetTest.SVG, "text").getLength()).as(id).isZero();
            assertThat(svg.getElementsByTagNameNS(ChartSetTest.SVG, "style").getLength()).as(id).isZero();
            // Each string drawn became a path: at least as many paths more as there were texts.
            Document withText = ChartSetTest.parseSvg(text);
            assertThat(svg.getElementsByTagNameNS(ChartSetTest.SVG, "path").getLength()).as(id).isGreaterThanOrEqualTo(
                    withText.getElementsByTagNameNS(ChartSetTest.SVG, "path").getLength()
                            + withText.getElementsByTagNameNS(ChartSetTest.SVG, "text").getLength());
            String xml = Files.readString(outlined);
            assertThat(xml).as(id).doesNotContain("href", "@font-face", "<image").doesNotContainPattern("url\\((?!#)");
            // Coordinates to a hundredth of a point.
            assertThat(xml).as(id).doesNotContainPattern("\\d\\.\\d{3}");
        }
    }

    @Test
    void theSameChartGivesTheSameBytes() throws Exception {
        for (String id : new String[] {"map", "region-domain"}) {
            assertThat(svg(chart(id, Locale.FRENCH), ChartSize.SCREEN))
                    .as(id).isEqualTo(svg(chart(id, Locale.FRENCH), ChartSize.SCREEN));
        }
    }

    @Test
    void theStreamIsLeftOpen() throws Exception {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ChartWriter.write(chart("age", Locale.FRENCH), out, ChartFormat.SVG, ChartSize.SCREEN);
        assertThat(closed[0]).isFalse();
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("<?xml").endsWith("</svg>");
    }

    @Test
    void aFontStackEndsInTheViewersSansSerif() {
        assertThat(SvgChartWriter.cssFontFamily("'Source Sans 3 Semibold'"))
                .isEqualTo("'Source Sans 3 Semibold', 'Source Sans 3', 'Source Sans Pro', Arial, Helvetica, sans-serif");
        assertThat(SvgChartWriter.cssFontFamily("'Dialog'")).isEqualTo("'Dialog', sans-serif");
        assertThat(SvgChartWriter.cssFontFamily("sans-serif")).isEqualTo("sans-serif");
    }

    /** The first family of the font-family a text element has or inherits, unquoted. */
    private static String firstFamily(Element text) {
        for (Node n = text; n instanceof Element e; n = n.getParentNode()) {
            if (e.hasAttribute("font-family")) {
                return e.getAttribute("font-family").split(",")[0].strip().replace("'", "").replace("\"", "");
            }
        }
        return "";
    }

    private static Map<String, TrueTypeFont> embeddedFonts(Document svg) throws Exception {
        Map<String, TrueTypeFont> fonts = new HashMap<>();
        NodeList styles = svg.getElementsByTagNameNS(ChartSetTest.SVG, "style");
        for (int i = 0; i < styles.getLength(); i++) {
            Matcher m = FONT_FACE.matcher(styles.item(i).getTextContent());
            while (m.find()) {
                byte[] ttf = Base64.getDecoder().decode(m.group(2));
                fonts.put(m.group(1), new TTFParser().parse(new RandomAccessReadBuffer(ttf)));
            }
        }
        return fonts;
    }
}
