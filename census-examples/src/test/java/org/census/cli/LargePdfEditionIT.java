package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edition of 5,000 partnerships x 5 actions as PDF through census.jar under {@code -Xmx512m} (issue 12): laid out
 * in parts and merged, its pages numbered straight through, and the summary's link to a fiche of the last region
 * landing on that fiche's page.
 */
class LargePdfEditionIT {
    private static final String HEAP = "512m";

    @TempDir
    static Path dir;

    @BeforeAll
    static void jar() {
        CensusJarIT.findJar();
    }

    @Test
    void fiveThousandPartnershipsPublishAsPdfUnder512Megabytes() throws Exception {
        Cli.Run generated = Cli.run(dir, "generate", "--partnerships", "5000", "--actions-per-partnership", "5",
                "--seed", "7", "-o", "big.json");
        assertThat(generated.code()).as(generated.err()).isZero();
        long start = System.nanoTime();
        Cli.Run run = CensusJarIT.runWithHeap(dir, HEAP, "publish", "big.json", "--format", "pdf", "--out", "out");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(run.code()).as(run.err()).isZero();
        System.out.println("LargePdfEditionIT: 5,000 partnerships as PDF under -Xmx" + HEAP + " in " + seconds + " s");

        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/edition.pdf").toFile())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(5000);
            // Pages numbered straight through, across the parts' joins: a sample, and the last pages.
            for (int page = 2; page <= pages; page += page < pages - 5 ? 97 : 1) {
                List<String> lines = text(pdf, page).lines().map(String::strip).toList();
                assertThat(lines).as("page " + page).contains(Integer.toString(page));
            }
            PDOutlineItem lastRegion = null;
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                if (item.hasChildren()) {
                    lastRegion = item;
                }
            }
            assertThat(lastRegion).isNotNull();
            PDOutlineItem fiche = lastRegion.getLastChild();
            int fichePage = pdf.getPages().indexOf(fiche.findDestinationPage(pdf));
            assertThat(flat(text(pdf, fichePage + 1))).contains(flat(fiche.getTitle()));
            int firstRegionPage = pdf.getPages().indexOf(pdf.getDocumentCatalog().getDocumentOutline().children()
                    .iterator().next().findDestinationPage(pdf));
            assertThat(linksTo(pdf, fichePage, firstRegionPage, fiche.getTitle()))
                    .as("a link before the first region (the summary) to " + fiche.getTitle()).isNotEmpty();
        }
    }

    /** The links to that page on the pages before {@code before} whose text is part of the title, with their page. */
    private static List<String> linksTo(PDDocument pdf, int target, int before, String title) throws IOException {
        List<String> found = new ArrayList<>();
        for (int index = 0; index < before; index++) {
            PDPage page = pdf.getPage(index);
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo
                        && goTo.getDestination() instanceof PDPageDestination destination
                        && pdf.getPages().indexOf(destination.getPage()) == target) {
                    String text = linkText(page, link).replaceAll("[.\\s]*\\d*$", "");
                    if (!text.isEmpty() && flat(title).contains(text)) {
                        found.add(text + " on page " + (index + 1));
                    }
                }
            }
        }
        return found;
    }

    private static String linkText(PDPage page, PDAnnotationLink link) throws IOException {
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        var r = link.getRectangle();
        float height = page.getMediaBox().getHeight();
        area.addRegion("link", new Rectangle2D.Float(r.getLowerLeftX(), height - r.getUpperRightY(), r.getWidth(),
                r.getHeight()));
        area.extractRegions(page);
        return flat(area.getTextForRegion("link"));
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
