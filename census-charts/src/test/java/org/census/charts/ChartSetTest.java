package org.census.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.census.CensusException;
import org.census.bundled.BundledCensus;
import org.census.charts.spi.ChartContext;
import org.census.model.Census;
import org.census.model.CensusEdition;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Every chart drawn in every format for the bundled census, an empty one and a one-partnership one. */
class ChartSetTest {
    private static final Census BUNDLED = BundledCensus.load();
    static final String SVG = "http://www.w3.org/2000/svg";
    /** Small and at screen resolution: the files are checked, not looked at. */
    private static final ChartSize SMALL = new ChartSize(360, 240, 72);

    static Census empty() {
        return new Census(BUNDLED.edition(), List.of(), Optional.empty(), List.of());
    }

    static Census onePartnership() {
        String first = BUNDLED.partnerships().get(0).id();
        return BUNDLED.filter(p -> p.id().equals(first));
    }

    /** A census of a country with no map shipped, no regions listed, no source line. */
    static Census elsewhere() {
        CensusEdition ml = BUNDLED.edition();
        CensusEdition sn = new CensusEdition("sn-2014", "Sénégal", Optional.empty(), ml.publisher(), "SN", "fr",
                ml.editionDate(), ml.surveyPeriod(), ml.crisisReferenceDate(), Optional.empty(), "", List.of());
        return new Census(sn, List.of(), Optional.empty(), List.of());
    }

    @Test
    void theWholeSetIsWrittenInTheThreeFormats(@TempDir Path dir) throws Exception {
        List<Path> files = ChartSet.render(BUNDLED, dir, EnumSet.allOf(ChartFormat.class), Locale.FRENCH, SMALL);
        assertThat(files).hasSize(9 * 3);
        assertThat(files.get(0)).isEqualTo(dir.resolve("map.png"));
        assertThat(files.get(2)).isEqualTo(dir.resolve("map.pdf"));
        for (Path file : files) {
            checkFile(file);
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
        // Taller charts keep the width and grow in height.
        BufferedImage domains = ImageIO.read(dir.resolve("domains.png").toFile());
        assertThat(domains.getWidth()).isEqualTo(360);
        assertThat(domains.getHeight()).isEqualTo(360);
    }

    @Test
    void emptyAndTinyCensusesGiveReadableCharts(@TempDir Path dir) throws Exception {
        for (Census census : List.of(empty(), onePartnership(), elsewhere())) {
            Path sub = dir.resolve(census.edition().id() + census.partnerships().size());
            for (Path file : ChartSet.render(census, sub, EnumSet.allOf(ChartFormat.class), Locale.ENGLISH, SMALL)) {
                checkFile(file);
            }
        }
        assertThat(pdfText(dir.resolve("ml-20130/regions.pdf"))).contains("No data to show");
        assertThat(pdfText(dir.resolve("sn-20140/map.pdf"))).contains("No map of the country SN")
                .doesNotContain("Source");
        assertThat(pdfText(dir.resolve("ml-20131/continuation.pdf"))).contains("1 (100%)");
    }

    @Test
    void pngRecordsItsDpiAndHasThePixelsOfItsSize(@TempDir Path dir) throws Exception {
        JFreeChart chart = CensusCharts.installed().require("age").build(BUNDLED,
                ChartContext.of(BUNDLED, Locale.FRENCH));
        Path file = dir.resolve("age.png");
        ChartWriter.write(chart, file, ChartFormat.PNG, ChartSize.PRINT);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getWidth(0)).isEqualTo(1890);
            assertThat(reader.getHeight(0)).isEqualTo(1260);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            assertThat(phys.getAttribute("pixelsPerUnitXAxis")).isEqualTo("11811");
        }
    }

    @Test
    void svgAndPdfKeepTextAsTextWithTheFontEmbeddedInPdf(@TempDir Path dir) throws Exception {
        JFreeChart chart = CensusCharts.installed().require("regions").build(BUNDLED,
                ChartContext.of(BUNDLED, Locale.FRENCH));
        ChartWriter.write(chart, dir.resolve("r.svg"), ChartFormat.SVG, ChartSize.PRINT);
        ChartWriter.write(chart, dir.resolve("r.pdf"), ChartFormat.PDF, ChartSize.PRINT);
        Document svg = parseSvg(dir.resolve("r.svg"));
        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("453.54pt");
        assertThat(texts(svg)).contains("Partenariats par région du Mali", "Tombouctou", "Ségou");
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("r.pdf").toFile())) {
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(453.54f, org.assertj.core.data.Offset.offset(0.01f));
            // The embedded font maps the space and the no-break space to one glyph: extraction may give either.
            assertThat(new PDFTextStripper().getText(pdf).replace('\u00A0', ' ')).contains(
                    "Partenariats par région du Mali", "Ségou", "Cités Unies France, recensement 2013");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Partenariats par région du Mali");
            List<String> fonts = new java.util.ArrayList<>();
            page.getResources().getXObjectNames().forEach(name -> {
                try {
                    var form = (org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) page.getResources()
                            .getXObject(name);
                    for (var fontName : form.getResources().getFontNames()) {
                        PDFont font = form.getResources().getFont(fontName);
                        fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).contains("SourceSans3").endsWith("embedded"));
        }
    }

    @Test
    void aFailedWriteLeavesNoTemporaryFileAndAWrittenOneIsReadableByAll(@TempDir Path dir) throws Exception {
        JFreeChart chart = CensusCharts.installed().require("age").build(BUNDLED,
                ChartContext.of(BUNDLED, Locale.FRENCH));
        Path occupied = Files.createDirectories(dir.resolve("age.png"));
        Files.writeString(occupied.resolve("keep.txt"), "a directory in the way");
        assertThatThrownBy(() -> ChartWriter.write(chart, occupied, ChartFormat.PNG, SMALL))
                .isInstanceOf(CensusException.class)
                .hasMessageStartingWith(occupied + ": cannot write: ").hasMessageNotContaining(".tmp");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(occupied);
        }
        Path file = dir.resolve("again.svg");
        ChartWriter.write(chart, file, ChartFormat.PNG, SMALL);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        }
        ChartWriter.write(chart, file, ChartFormat.SVG, SMALL);
        assertThat(Files.readString(file)).startsWith("<?xml");
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
        }
    }

    @Test
    void aChartThatThrowsIsNamed() {
        var broken = new org.census.charts.spi.CensusChart() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public String title(Locale locale) {
                return "Broken";
            }

            @Override
            public JFreeChart build(Census census, ChartContext context) {
                throw new ArithmeticException("/ by zero");
            }
        };
        assertThatThrownBy(() -> ChartSet.build(broken, BUNDLED, ChartContext.of(BUNDLED, Locale.FRENCH)))
                .isInstanceOf(CensusException.class)
                .hasMessageContaining("chart \"broken\"").hasMessageContaining("failed on census ml-2013")
                .hasMessageContaining("/ by zero");
        assertThatThrownBy(() -> ChartSet.render(BUNDLED, Path.of("x"), EnumSet.noneOf(ChartFormat.class),
                Locale.FRENCH, SMALL)).hasMessage("no chart format asked for; known formats: png, svg, pdf");
    }

    /** Checks a file decodes: PNG to an image of its size, SVG to XML, PDF to one page with text. */
    static void checkFile(Path file) throws Exception {
        String name = file.getFileName().toString();
        assertThat(Files.size(file)).as(name).isPositive();
        if (name.endsWith(".png")) {
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image).as(name).isNotNull();
            assertThat(image.getWidth()).as(name).isEqualTo(SMALL.pixelWidth());
            assertThat(image.getHeight()).as(name).isGreaterThanOrEqualTo((int) (SMALL.pixelHeight() * 0.7) - 1);
        } else if (name.endsWith(".svg")) {
            assertThat(texts(parseSvg(file))).as(name).isNotEmpty();
        } else {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                assertThat(pdf.getNumberOfPages()).as(name).isEqualTo(1);
                assertThat(new PDFTextStripper().getText(pdf)).as(name).isNotBlank();
            }
        }
    }

    /** Parses an SVG file as namespaced XML; a document type is refused, as one that names a DTD is fetched. */
    static Document parseSvg(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document svg = factory.newDocumentBuilder().parse(file.toFile());
        assertThat(svg.getDocumentElement().getNamespaceURI()).as(file.toString()).isEqualTo(SVG);
        assertThat(svg.getDocumentElement().getLocalName()).as(file.toString()).isEqualTo("svg");
        return svg;
    }

    static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS(SVG, "text");
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    static String pdfText(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf).replace('\u202F', ' ').replace('\u00A0', ' ');
        }
    }
}
