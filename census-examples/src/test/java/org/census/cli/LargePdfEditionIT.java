package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
    /** CensusJarIT's runs stop at 120 s; this one lays out about 5,300 pages, minutes on 2 loaded cores. */
    private static final long TIMEOUT_MINUTES = 15;

    @TempDir
    static Path dir;

    @BeforeAll
    static void jar() {
        assertThat(Path.of(System.getProperty("census.jar", "target/census.jar"))).exists();
    }

    @Test
    void fiveThousandPartnershipsPublishAsPdfUnder512Megabytes() throws Exception {
        Cli.Run generated = Cli.run(dir, "generate", "--partnerships", "5000", "--actions-per-partnership", "5",
                "--seed", "7", "-o", "big.json");
        assertThat(generated.code()).as(generated.err()).isZero();
        long start = System.nanoTime();
        Cli.Run run = publish();
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(run.code()).as(run.err()).isZero();
        System.out.println("LargePdfEditionIT: 5,000 partnerships as PDF under -Xmx" + HEAP + " in " + seconds + " s");

        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/edition.pdf").toFile())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(5000);
            // Too large to be tagged within the heap (README, "The edition as HTML and PDF"): and it says so.
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo()).isNull();
            assertThat(new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .contains("pdfaid:part").doesNotContain("pdfuaid");
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

    /** census.jar's {@code publish} in a JVM of its own under the heap, as CensusJarIT runs it, with more time. */
    private static Cli.Run publish() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("census.jar", "target/census.jar")).toAbsolutePath();
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP, "-jar", jar.toString(), "publish", "big.json", "--format", "pdf", "--out", "out")
                .directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("census publish did not finish in " + TIMEOUT_MINUTES + " minutes");
        }
        return new Cli.Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
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
