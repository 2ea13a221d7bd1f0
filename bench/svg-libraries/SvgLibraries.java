import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.census.bundled.BundledCensus;
import org.census.charts.CensusCharts;
import org.census.charts.Chromium;
import org.census.charts.ChartFormat;
import org.census.charts.ChartSize;
import org.census.charts.ChartWriter;
import org.census.charts.internal.EmbeddedFonts;
import org.census.charts.spi.CensusChart;
import org.census.charts.spi.ChartContext;
import org.census.model.Census;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Draws the nine built-in charts of the bundled census (French, print size) as SVG with each candidate generator and
 * prints, side by side: render time (warm, median of ROUNDS interleaved rounds), output size, jar size, and checks
 * (text as {@code <text>}, font subset embedded, well-formed SVG, same bytes twice, Chromium against Java's PNG).
 * JFreeSVG (GPL-3.0) is the writer census-charts used before; its path here is that writer, kept for the comparison.
 * EchoSVG cannot be measured here: it is not on Maven Central. Run by bench/svg-libraries.sh.
 */
public class SvgLibraries {
    interface SvgWriter {
        byte[] write(JFreeChart chart, ChartSize size) throws Exception;
    }

    /** A generator: census's whole SVG writer with it, the generator alone (draw + its own serializer), its jars. */
    record Candidate(String name, SvgWriter census, SvgWriter alone, String jars) {
    }

    record Chart(String id, JFreeChart chart, ChartSize size) {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Census census = BundledCensus.load();
        List<Chart> charts = new ArrayList<>();
        for (CensusChart c : CensusCharts.installed().all()) {
            charts.add(new Chart(c.id(), c.build(census, ChartContext.of(census, Locale.FRENCH)),
                    ChartSize.PRINT.taller(c.relativeHeight())));
        }
        List<Candidate> candidates = List.of(
                new Candidate("JFreeSVG 5.0.7", SvgLibraries::jfreeSvgAsCensusDid, SvgLibraries::jfreeSvgAlone,
                        "/org/jfree/org.jfree.svg/"),
                new Candidate("Batik 1.19", (chart, size) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    ChartWriter.write(chart, out, ChartFormat.SVG, size);
                    return out.toByteArray();
                }, SvgLibraries::batikAlone, "/org/apache/xmlgraphics/batik-"));

        System.out.printf("%d charts of the bundled census, French, %s; JDK %s, %d cores; %d rounds after 3 warm-up%n",
                charts.size(), ChartSize.PRINT, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), rounds);
        System.out.println("EchoSVG: not measured. It is published only in its authors' own Maven repository, not on"
                + " Maven Central, which is the one repository this build (and an embedder's default build) reaches.");

        // [candidate][census's writer, generator alone][wall, thread CPU][round]
        double[][][][] times = new double[candidates.size()][2][2][rounds];
        for (int r = -3; r < rounds; r++) {
            for (int k = 0; k < candidates.size(); k++) {
                // Alternate who goes first, so that a drift of the machine does not favour one.
                int i = (r & 1) == 0 ? k : candidates.size() - 1 - k;
                Candidate c = candidates.get(i);
                for (int w = 0; w < 2; w++) {
                    double[] t = time(charts, w == 0 ? c.census() : c.alone());
                    if (r >= 0) {
                        times[i][w][0][r] = t[0];
                        times[i][w][1][r] = t[1];
                    }
                }
            }
        }

        System.out.println();
        row("", names(candidates));
        row("time, 9 charts, census's writer (ms, wall)", medians(times, 0, 0));
        row("                                 (ms, CPU)", medians(times, 0, 1));
        row("time, 9 charts, generator alone (ms, wall)", medians(times, 1, 0));
        row("                                 (ms, CPU)", medians(times, 1, 1));
        List<Map<String, byte[]>> outputs = new ArrayList<>();
        for (Candidate c : candidates) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            Path dir = Files.createDirectories(work.resolve(folder(c)));
            for (Chart chart : charts) {
                byte[] svg = c.census().write(chart.chart(), chart.size());
                files.put(chart.id(), svg);
                Files.write(dir.resolve(chart.id() + ".svg"), svg);
            }
            outputs.add(files);
        }
        for (Chart chart : charts) {
            row("  size of " + chart.id() + ".svg (kB)", sizes(outputs, chart.id()));
        }
        row("size, 9 SVG files (kB)", sizes(outputs, null));
        row("jars added, transitive (kB)", candidates.stream().map(c -> kb(jarBytes(c.jars()))).toList());
        long withHelpers = jarBytes("/org/apache/xmlgraphics/") + jarBytes("/commons-io/commons-io/");
        System.out.printf("  (Batik with its default tree, xmlgraphics-commons and commons-io not excluded: %s kB)%n",
                kb(withHelpers));
        row("<text> elements, 9 charts", outputs.stream().map(o -> count(o, "<text")).toList());
        row("<path> elements, 9 charts", outputs.stream().map(o -> count(o, "<path")).toList());
        row("charts with all their titles as text", outputs.stream().map(o -> titlesAsText(o, charts)).toList());
        row("@font-face rules with a TrueType subset", outputs.stream().map(SvgLibraries::fontFaces).toList());
        row("well-formed, root svg in the SVG namespace", outputs.stream().map(SvgLibraries::wellFormed).toList());
        List<String> twice = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            int same = 0;
            for (Chart chart : charts) {
                same += Arrays.equals(outputs.get(i).get(chart.id()),
                        candidates.get(i).census().write(chart.chart(), chart.size())) ? 1 : 0;
            }
            twice.add(same + "/" + charts.size());
        }
        row("same bytes when written twice", twice);
        compareInChromium(work, charts, candidates);
    }

    /**
     * Wall time and this thread's CPU time, in milliseconds. CPU time is what the writer costs; wall time adds what
     * other processes on a shared machine took from it.
     */
    static double[] time(List<Chart> charts, SvgWriter writer) throws Exception {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (Chart chart : charts) {
            writer.write(chart.chart(), chart.size());
        }
        return new double[] {(System.nanoTime() - start) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6};
    }

    static List<String> names(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::name).toList();
    }

    /** The median of each candidate, and its ratio to the first candidate's. */
    static List<String> medians(double[][][][] times, int writer, int clock) {
        List<String> cells = new ArrayList<>();
        double first = median(times[0][writer][clock]);
        for (double[][][] t : times) {
            double m = median(t[writer][clock]);
            cells.add(String.format("%.0f (x%.2f)", m, m / first));
        }
        return cells;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static List<String> sizes(List<Map<String, byte[]>> outputs, String id) {
        List<String> cells = new ArrayList<>();
        long first = -1;
        for (Map<String, byte[]> o : outputs) {
            long bytes = id == null ? o.values().stream().mapToLong(b -> b.length).sum() : o.get(id).length;
            first = first < 0 ? bytes : first;
            cells.add(String.format("%.1f (x%.2f)", bytes / 1000.0, (double) bytes / first));
        }
        return cells;
    }

    static String kb(long bytes) {
        return String.format("%,.0f", bytes / 1000.0);
    }

    static long jarBytes(String pathPart) {
        long sum = 0;
        // The class path names census-charts' jars and the bench's: count each jar once.
        for (String entry : new TreeSet<>(List.of(System.getProperty("java.class.path").split(
                java.io.File.pathSeparator)))) {
            if (entry.contains(pathPart) && entry.endsWith(".jar")) {
                sum += Path.of(entry).toFile().length();
            }
        }
        return sum;
    }

    static String count(Map<String, byte[]> files, String tag) {
        long n = 0;
        for (byte[] svg : files.values()) {
            Matcher m = Pattern.compile(Pattern.quote(tag) + "[\\s>/]").matcher(new String(svg, StandardCharsets.UTF_8));
            while (m.find()) {
                n++;
            }
        }
        return Long.toString(n);
    }

    static String titlesAsText(Map<String, byte[]> files, List<Chart> charts) {
        int ok = 0;
        for (Chart chart : charts) {
            Document svg = parse(files.get(chart.id()));
            var texts = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
            for (int i = 0; i < texts.getLength(); i++) {
                if (texts.item(i).getTextContent().equals(chart.chart().getTitle().getText())) {
                    ok++;
                    break;
                }
            }
        }
        return ok + "/" + charts.size();
    }

    static String fontFaces(Map<String, byte[]> files) {
        int faces = 0;
        long fontBytes = 0;
        Pattern face = Pattern.compile("@font-face\\{font-family:\"[^\"]+\";src:url\\(data:font/ttf;base64,([^)]+)\\)");
        for (byte[] svg : files.values()) {
            Matcher m = face.matcher(new String(svg, StandardCharsets.UTF_8));
            while (m.find()) {
                faces++;
                fontBytes += Base64.getDecoder().decode(m.group(1)).length;
            }
        }
        return String.format("%d (%.1f kB of fonts)", faces, fontBytes / 1000.0);
    }

    static String wellFormed(Map<String, byte[]> files) {
        int ok = 0;
        for (byte[] svg : files.values()) {
            Document document = parse(svg);
            if (document != null && "http://www.w3.org/2000/svg".equals(document.getDocumentElement().getNamespaceURI())
                    && "svg".equals(document.getDocumentElement().getLocalName())) {
                ok++;
            }
        }
        return ok + "/" + files.size();
    }

    /** Namespace-aware, with no document type allowed (one that names a DTD makes a parser fetch it). */
    static Document parse(byte[] svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(
                    new String(svg, StandardCharsets.UTF_8))));
        } catch (Exception e) {
            return null;
        }
    }

    static void row(String label, List<String> cells) {
        StringBuilder line = new StringBuilder(String.format("%-44s", label));
        for (String cell : cells) {
            line.append(String.format(" %26s", cell));
        }
        System.out.println(line);
    }

    static String folder(Candidate c) {
        return c.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /**
     * Each SVG in headless Chromium beside the same chart drawn by Java to PNG, at 72 DPI so that a point is a pixel:
     * the share of inked pixels that differ by more than anti-aliasing does (census-charts' test helper Chromium, as
     * SvgInChromiumTest measures it).
     */
    static void compareInChromium(Path work, List<Chart> charts, List<Candidate> candidates) throws Exception {
        if (!Chromium.installed()) {
            System.out.println("Chromium: not installed (apt-get install chromium), not compared");
            return;
        }
        Path java = Files.createDirectories(work.resolve("java-png"));
        List<Process> running = new ArrayList<>();
        for (Chart chart : charts) {
            ChartSize size = chart.size().withDpi(72);
            ChartWriter.write(chart.chart(), java.resolve(chart.id() + ".png"), ChartFormat.PNG, size);
            for (Candidate c : candidates) {
                Path dir = work.resolve(folder(c) + "-72dpi");
                Files.createDirectories(dir);
                Path svg = dir.resolve(chart.id() + ".svg");
                Files.write(svg, c.census().write(chart.chart(), size));
                running.add(Chromium.screenshot(svg, size, dir.resolve(chart.id() + ".chromium.png"),
                        dir.resolve(chart.id() + ".log")));
            }
        }
        for (Process p : running) {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroy();
            }
        }
        System.out.println("Chromium's rendering of each SVG against Java's PNG of the chart, and the second candidate's "
                + "against the first's (share of inked pixels that differ; the pictures are in " + work + "):");
        List<String> header = new ArrayList<>(names(candidates).stream().map(n -> n + " vs PNG").toList());
        header.add(candidates.get(1).name().split(" ")[0] + " vs " + candidates.get(0).name().split(" ")[0]);
        row("", header);
        for (Chart chart : charts) {
            BufferedImage png = ImageIO.read(java.resolve(chart.id() + ".png").toFile());
            List<String> cells = new ArrayList<>();
            List<BufferedImage> shots = new ArrayList<>();
            for (Candidate c : candidates) {
                Path shot = work.resolve(folder(c) + "-72dpi").resolve(chart.id() + ".chromium.png");
                shots.add(Files.exists(shot) ? ImageIO.read(shot.toFile()) : null);
                cells.add(shots.get(shots.size() - 1) == null ? "no screenshot"
                        : String.format("%.1f %%", 100 * Chromium.differingShare(png, shots.get(shots.size() - 1))));
            }
            if (shots.get(0) != null && shots.get(1) != null) {
                cells.add(String.format("%.1f %%", 100 * Chromium.differingShare(shots.get(0), shots.get(1))));
            }
            row("  " + chart.id(), cells);
        }
    }

    // ---- Batik alone: its default context and its own serializer.

    static byte[] batikAlone(JFreeChart chart, ChartSize size) throws Exception {
        Document document = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null);
        var g2 = new org.apache.batik.svggen.SVGGraphics2D(SVGGeneratorContext.createDefault(document), false);
        chart.draw(g2, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            g2.stream(writer, false);
        }
        return out.toByteArray();
    }

    // ---- JFreeSVG alone, and as census-charts used it until it moved to Batik (ChartWriter and SvgFontFaces).

    static byte[] jfreeSvgAlone(JFreeChart chart, ChartSize size) {
        var g2 = new org.jfree.svg.SVGGraphics2D(size.width(), size.height(), SVGUnits.PT);
        chart.draw(g2, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        return g2.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] jfreeSvgAsCensusDid(JFreeChart chart, ChartSize size) throws IOException {
        var g2 = new org.jfree.svg.SVGGraphics2D(size.width(), size.height(), SVGUnits.PT);
        g2.setFontFunction(family -> {
            String name = family.replace("\"", "").replace("'", "");
            return name.startsWith("Source Sans 3")
                    ? "\"" + name + "\", \"Source Sans 3\", \"Source Sans Pro\", Arial, Helvetica, sans-serif"
                    : "\"" + name + "\", sans-serif";
        });
        chart.draw(g2, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        String svg = g2.getSVGElement(null, true, new ViewBox(0, 0, size.width(), size.height()), null, null);
        svg = embedFontFaces(svg);
        String title = chart.getTitle().getText().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.replaceFirst(">", "><title>" + title + "</title>"))
                .getBytes(StandardCharsets.UTF_8);
    }

    static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");
    static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);");

    /** The earlier SvgFontFaces: every character of the document's text, subset in each font it names. */
    static String embedFontFaces(String svg) throws IOException {
        Set<Integer> used = new TreeSet<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            ENTITY.matcher(m.group(1)).replaceAll(e -> Matcher.quoteReplacement(switch (e.group(1)) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(e.group(1).startsWith("#x") ? Integer.parseInt(e.group(1).substring(2),
                        16) : Integer.parseInt(e.group(1).substring(1)));
            })).codePoints().forEach(used::add);
        }
        StringBuilder css = new StringBuilder();
        for (EmbeddedFonts.FontFile font : EmbeddedFonts.files()) {
            if (svg.contains("\"" + font.fontName() + "\"")) {
                try (InputStream in = EmbeddedFonts.open(font.resource());
                     TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                    TTFSubsetter subsetter = new TTFSubsetter(ttf, List.of("head", "hhea", "loca", "maxp", "glyf",
                            "hmtx", "cmap", "OS/2", "name", "post"));
                    subsetter.addAll(used);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    subsetter.writeToStream(out);
                    css.append("@font-face{font-family:\"").append(font.fontName())
                            .append("\";src:url(data:font/ttf;base64,")
                            .append(Base64.getEncoder().encodeToString(out.toByteArray()))
                            .append(") format(\"truetype\");}");
                }
            }
        }
        int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        return svg.substring(0, open) + "<defs><style type=\"text/css\"><![CDATA[" + css + "]]></style></defs>"
                + svg.substring(open);
    }
}
