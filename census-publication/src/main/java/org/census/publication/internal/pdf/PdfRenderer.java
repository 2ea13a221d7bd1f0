package org.census.publication.internal.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import org.census.CensusException;
import org.census.charts.ChartWriter;
import org.census.publication.internal.document.EditionDocument;
import org.census.publication.internal.document.EditionRenderer;
import org.census.publication.internal.html.HtmlRenderer;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The edition as a PDF for print and e-mail: the print page of {@link HtmlRenderer#print()} laid out by openhtmltopdf
 * on PDFBox. A4 with page numbers, the chart font embedded (so that accents copy and paste as they are), bookmarks
 * from the headings, the charts drawn as vectors by Batik, tagged for accessibility (PDF/UA) and archivable
 * (PDF/A-2u).
 *
 * <p>The page is written to a temporary file as it goes, but the layout engine then holds the whole document (its DOM
 * and its boxes) in memory: a PDF cannot be streamed fiche by fiche with it.
 */
public final class PdfRenderer implements EditionRenderer {
    /** The chart font census-charts ships (SIL Open Font License 1.1): the same letters in charts and text. */
    private static final String FONT_DIRECTORY = "/org/census/charts/fonts/";
    private static final String FAMILY = "Source Sans 3";

    static {
        // openhtmltopdf logs every step to the console by default; what goes wrong reaches the diagnostics consumer.
        XRLog.setLoggingEnabled(false);
    }

    @Override
    public void render(EditionDocument document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Path directory = Files.createTempDirectory("census-edition-");
        try {
            Path page = directory.resolve("edition.html");
            try (OutputStream html = new BufferedOutputStream(Files.newOutputStream(page))) {
                HtmlRenderer.print().render(document, html);
            }
            layOut(parse(page), fonts(directory), out);
        } finally {
            try (var files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(directory);
        }
        out.flush();
    }

    private static void layOut(Document page, Fonts fonts, OutputStream out) throws IOException {
        List<String> errors = new ArrayList<>();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(page, null);
        // The page holds no address to fetch; should one slip in, nothing is fetched.
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                BatikSVGDrawer.SvgExternalResourceMode.SECURE));
        EnumSet<FSFontUseCase> everywhere = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG,
                FSFontUseCase.FALLBACK_PRE);
        builder.useFont(fonts.regular().toFile(), FAMILY, 400, FontStyle.NORMAL, true, everywhere);
        builder.useFont(fonts.semibold().toFile(), FAMILY, 700, FontStyle.NORMAL, true, everywhere);
        // The charts name the semibold face by its own family, as Java names it.
        builder.useFont(fonts.semibold().toFile(), FAMILY + " Semibold", 400, FontStyle.NORMAL, true,
                EnumSet.of(FSFontUseCase.SVG));
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        builder.withProducer("census");
        builder.withDiagnosticConsumer(diagnostic -> collect(diagnostic, errors));
        builder.toStream(out);
        try {
            builder.run();
        } catch (RuntimeException e) {
            throw new CensusException("cannot lay out the edition as PDF: " + e, e);
        }
        if (!errors.isEmpty()) {
            throw new CensusException("cannot lay out the edition as PDF: " + errors.get(0));
        }
    }

    private static void collect(Diagnostic diagnostic, List<String> errors) {
        if (diagnostic.getLevel().intValue() >= Level.SEVERE.intValue()) {
            errors.add(diagnostic.getFormattedMessage());
        }
    }

    /** The chart font's two files. */
    private record Fonts(Path regular, Path semibold) {
    }

    /**
     * The chart font copied to files: the SVG drawer takes its fonts from files only, and draws a chart's text in a
     * fallback font otherwise, wider than the one its labels were placed with. The copies leave out the font's glyph
     * substitutions, which PDFBox would otherwise apply, slowly, to every string (see {@link FontTables}).
     */
    private static Fonts fonts(Path directory) throws IOException {
        return new Fonts(copyFont("SourceSans3-Regular.ttf", directory),
                copyFont("SourceSans3-Semibold.ttf", directory));
    }

    private static Path copyFont(String file, Path directory) throws IOException {
        try (InputStream in = ChartWriter.class.getResourceAsStream(FONT_DIRECTORY + file)) {
            if (in == null) {
                throw new CensusException("font " + file + " is missing from census-charts");
            }
            Path copy = directory.resolve(file);
            Files.write(copy, FontTables.without(in.readAllBytes(), Set.of("GSUB")));
            return copy;
        }
    }

    /** The print page, which the HTML renderer writes as well-formed XML, parsed by the JDK without a network. */
    private static Document parse(Path page) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newDocumentBuilder().parse(page.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new CensusException("the print page of the edition is not well-formed: " + e.getMessage(), e);
        }
    }
}
