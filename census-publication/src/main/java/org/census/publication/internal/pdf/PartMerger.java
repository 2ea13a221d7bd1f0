package org.census.publication.internal.pdf;

import java.awt.geom.Rectangle2D;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.census.publication.internal.html.DocumentOutline;
import org.census.publication.internal.html.HtmlRenderer;
import org.census.publication.internal.pdf.PartLayout.LaidOut;
import org.census.publication.internal.pdf.PartLayout.Spot;

/**
 * The parts laid out, merged into one PDF with PDFBox: the pages in order (with their structure trees, which PDFBox
 * merges), then what only the whole document knows: the page numbers stamped in the footer (as artifacts, which
 * PDF/UA asks of pagination), the links between parts turned into links to their page, and one outline for the
 * document. The first part's metadata, output intent and language stay the document's.
 *
 * <p>Content streams go through temporary files in the scratch directory: memory holds the pages' dictionaries and the
 * structure tree, not their content.
 */
final class PartMerger {
    /** The footer's page number as openhtmltopdf printed it: centred, 9 pt, its baseline in the 2.2 cm margin. */
    private static final float NUMBER_SIZE = 9f;
    private static final float NUMBER_BASELINE = 28.2f;

    private PartMerger() {
    }

    /** Where each anchor of the document landed, its page counted from the document's first. */
    static Map<String, Spot> anchors(List<LaidOut> parts) {
        Map<String, Spot> anchors = new HashMap<>();
        int offset = 0;
        for (LaidOut part : parts) {
            for (Map.Entry<String, Spot> anchor : part.anchors().entrySet()) {
                anchors.putIfAbsent(anchor.getKey(), anchor.getValue().shifted(offset));
            }
            offset += part.pages();
        }
        return anchors;
    }

    /** Merges the parts, in order, into {@code out}. */
    static void merge(List<LaidOut> parts, DocumentOutline outline, EmbeddedFonts fonts, Path scratch,
                      OutputStream out) throws IOException {
        StreamCacheCreateFunction onDisk = PartLayout.onDisk(scratch);
        Map<String, Spot> anchors = anchors(parts);
        try (PDDocument merged = Loader.loadPDF(parts.get(0).file().toFile(), onDisk)) {
            merged.getDocumentCatalog().setDocumentOutline(null);
            PDFMergerUtility merger = new PDFMergerUtility();
            for (LaidOut part : parts.subList(1, parts.size())) {
                // Closed once appended: the merge copied what it took (content streams to the scratch files), and
                // memory holds one part's objects at a time besides the merged document's.
                try (PDDocument source = Loader.loadPDF(part.file().toFile(), onDisk)) {
                    // Each part's bookmarks only told where its anchors landed.
                    source.getDocumentCatalog().setDocumentOutline(null);
                    merger.appendDocument(merged, source);
                }
            }
            List<PDPage> pages = new ArrayList<>();
            merged.getPages().forEach(pages::add);
            linkAnchors(pages, anchors);
            describeLinks(pages);
            stampPageNumbers(merged, pages, fonts);
            merged.getDocumentCatalog().setDocumentOutline(outline(outline, pages, anchors));
            PDDocumentCatalog catalog = merged.getDocumentCatalog();
            if (catalog.getStructureTreeRoot() == null) {
                // Laid out untagged (too large): openhtmltopdf's PDF/A mode says it is tagged all the same.
                catalog.getCOSObject().removeItem(COSName.MARK_INFO);
            } else if (catalog.getMarkInfo() != null) {
                // The merge states that no part's tags are suspect; viewers read the entry's absence the same way.
                catalog.getMarkInfo().getCOSObject().removeItem(COSName.getPDFName("Suspects"));
            }
            merged.save(out);
        }
    }

    /** Each link to {@code census-anchor:ID} becomes a link to the anchor's place; to an unknown anchor, inert. */
    private static void linkAnchors(List<PDPage> pages, Map<String, Spot> anchors) throws IOException {
        for (PDPage page : pages) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                        && uri.getURI() != null && uri.getURI().startsWith(HtmlRenderer.PART_LINK_SCHEME)) {
                    Spot spot = anchors.get(uri.getURI().substring(HtmlRenderer.PART_LINK_SCHEME.length()));
                    if (spot == null) {
                        link.getCOSObject().removeItem(COSName.A);
                    } else {
                        PDActionGoTo goTo = new PDActionGoTo();
                        goTo.setDestination(destination(pages, spot));
                        link.setAction(goTo);
                    }
                }
            }
        }
    }

    /**
     * Each link's text as its description (its Contents), which PDF/UA asks of every link for a reader that speaks
     * the link and not the page: the text the link covers on its page.
     */
    private static void describeLinks(List<PDPage> pages) throws IOException {
        for (PDPage page : pages) {
            List<PDAnnotationLink> links = new ArrayList<>();
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                    links.add(link);
                }
            }
            if (links.isEmpty()) {
                continue;
            }
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            float height = page.getMediaBox().getHeight();
            for (int i = 0; i < links.size(); i++) {
                PDRectangle r = links.get(i).getRectangle();
                // The stripper's regions are in Java 2D's coordinates: y down from the page's top.
                stripper.addRegion(Integer.toString(i), new Rectangle2D.Float(r.getLowerLeftX(),
                        height - r.getUpperRightY(), r.getWidth(), r.getHeight()));
            }
            stripper.extractRegions(page);
            for (int i = 0; i < links.size(); i++) {
                String text = stripper.getTextForRegion(Integer.toString(i)).strip().replaceAll("\\s+", " ");
                links.get(i).setContents(text.isEmpty() ? target(links.get(i)) : text);
            }
        }
    }

    /** What a link without text on the page leads to: its address, or the page it goes to. */
    private static String target(PDAnnotationLink link) {
        if (link.getAction() instanceof PDActionURI uri && uri.getURI() != null) {
            return uri.getURI();
        }
        return "link";
    }

    private static PDPageXYZDestination destination(List<PDPage> pages, Spot spot) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(pages.get(spot.page()));
        destination.setTop(Math.round(spot.top()));
        return destination;
    }

    /** Every page's number but the title page's, centred in the footer, marked as a pagination artifact. */
    private static void stampPageNumbers(PDDocument merged, List<PDPage> pages, EmbeddedFonts fonts)
            throws IOException {
        PDType0Font font = PDType0Font.load(merged, fonts.regular().toFile());
        COSDictionary pagination = new COSDictionary();
        pagination.setName(COSName.TYPE, "Pagination");
        pagination.setName(COSName.SUBTYPE, "Footer");
        PDPropertyList properties = PDPropertyList.create(pagination);
        for (int i = 1; i < pages.size(); i++) {
            PDPage page = pages.get(i);
            String number = Integer.toString(i + 1);
            float width = font.getStringWidth(number) / 1000 * NUMBER_SIZE;
            try (PDPageContentStream stream = new PDPageContentStream(merged, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream.beginMarkedContent(COSName.ARTIFACT, properties);
                stream.beginText();
                stream.setFont(font, NUMBER_SIZE);
                stream.newLineAtOffset((page.getMediaBox().getWidth() - width) / 2, NUMBER_BASELINE);
                stream.showText(number);
                stream.endText();
                stream.endMarkedContent();
            }
        }
    }

    /** The document's outline: the level 1 headings, each with its level 2 headings (or fiches) under it. */
    private static PDDocumentOutline outline(DocumentOutline headings, List<PDPage> pages, Map<String, Spot> anchors) {
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem part = null;
        for (DocumentOutline.Entry entry : headings.headings()) {
            Spot spot = anchors.get(entry.anchor());
            if (spot == null) {
                continue;
            }
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(entry.text());
            item.setDestination(destination(pages, spot));
            if (entry.level() == 1 || part == null) {
                outline.addLast(item);
                part = entry.level() == 1 ? item : null;
            } else {
                part.addLast(item);
            }
        }
        return outline;
    }
}
