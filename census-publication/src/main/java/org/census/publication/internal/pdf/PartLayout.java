package org.census.publication.internal.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.io.ScratchFile;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.census.CensusException;
import org.census.publication.internal.document.EditionDocument;
import org.census.publication.internal.html.HtmlRenderer;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * One part of the edition laid out by openhtmltopdf into a PDF file of its own: the part's print page (see
 * {@link HtmlRenderer#printPart}), the chart font embedded, charts drawn as vectors by Batik, archivable (PDF/A-2u)
 * and, unless the document is too large for it, tagged for accessibility (PDF/UA); then read back for its page count and the page each of its anchors landed on.
 */
final class PartLayout {
    static {
        // openhtmltopdf logs every step to the console by default; what goes wrong reaches the diagnostics consumer.
        XRLog.setLoggingEnabled(false);
    }

    private PartLayout() {
    }

    /**
     * Where an anchor landed.
     *
     * @param page its page, from 0 (in its part, or in the document once merged)
     * @param top  the height of its top on that page, in points from the page's foot
     */
    record Spot(int page, float top) {
        Spot shifted(int pages) {
            return new Spot(page + pages, top);
        }
    }

    /**
     * A part laid out.
     *
     * @param file    its PDF
     * @param pages   how many pages it has
     * @param anchors where each of its anchors landed, by anchor
     */
    record LaidOut(Path file, int pages, Map<String, Spot> anchors) {
    }

    /**
     * Lays the part out into {@code file} with the renderer given (which says what it knows of the other parts),
     * tagged for PDF/UA or not.
     */
    static LaidOut layOut(EditionDocument part, HtmlRenderer renderer, EmbeddedFonts fonts, boolean tagged,
                          Path file) throws IOException {
        Document dom = parse(printPage(part, renderer));
        try (PDDocument pdf = new PDDocument(onDisk(file.getParent()))) {
            run(dom, fonts, tagged, pdf);
            LaidOut laidOut = new LaidOut(file, pdf.getNumberOfPages(), anchors(pdf));
            // Saved without object streams: the merge then reads each object where it lies, instead of parsing a
            // whole object stream for each object it clones (which made the merge quadratic).
            pdf.save(file.toFile(), CompressParameters.NO_COMPRESSION);
            return laidOut;
        }
    }

    private static byte[] printPage(EditionDocument part, HtmlRenderer renderer) throws IOException {
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        renderer.render(part, page);
        return page.toByteArray();
    }

    /** Streams kept in temporary files of the directory given, which the caller deletes: memory holds no content. */
    static StreamCacheCreateFunction onDisk(Path directory) {
        return () -> new ScratchFile(MemoryUsageSetting.setupTempFileOnly().setTempDir(directory.toFile()));
    }

    private static void run(Document page, EmbeddedFonts fonts, boolean tagged, PDDocument pdf)
            throws IOException {
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
        String family = EmbeddedFonts.FAMILY;
        builder.useFont(fonts.regular().toFile(), family, 400, FontStyle.NORMAL, true, everywhere);
        builder.useFont(fonts.semibold().toFile(), family, 700, FontStyle.NORMAL, true, everywhere);
        // The charts name the semibold face by its own family, as Java names it.
        builder.useFont(fonts.semibold().toFile(), family + " Semibold", 400, FontStyle.NORMAL, true,
                EnumSet.of(FSFontUseCase.SVG));
        builder.usePdfUaAccessibility(tagged);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        builder.withProducer("census");
        builder.withDiagnosticConsumer(diagnostic -> {
            if (diagnostic.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(diagnostic.getFormattedMessage());
            }
        });
        builder.usePDDocument(pdf);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFKeepOpen();
        } catch (RuntimeException e) {
            throw new CensusException("cannot lay out the edition as PDF: " + e, e);
        }
        if (!errors.isEmpty()) {
            throw new CensusException("cannot lay out the edition as PDF: " + errors.get(0));
        }
    }

    /** The page of each anchor, from the part's bookmarks (one per anchor, named by it). */
    private static Map<String, Spot> anchors(PDDocument pdf) throws IOException {
        Map<String, Spot> anchors = new HashMap<>();
        PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
        if (outline != null) {
            for (PDOutlineItem item : outline.children()) {
                if (item.getDestination() instanceof PDPageXYZDestination xyz && xyz.getPage() != null) {
                    anchors.put(item.getTitle(), new Spot(pdf.getPages().indexOf(xyz.getPage()), xyz.getTop()));
                }
            }
        }
        return Map.copyOf(anchors);
    }

    /** The print page, which the HTML renderer writes as well-formed XML, parsed by the JDK without a network. */
    private static Document parse(byte[] page) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(page));
        } catch (ParserConfigurationException | SAXException e) {
            throw new CensusException("the print page of the edition is not well-formed: " + e.getMessage(), e);
        }
    }
}
