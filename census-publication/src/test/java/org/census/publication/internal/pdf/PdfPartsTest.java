package org.census.publication.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.census.publication.internal.document.Block;
import org.census.publication.internal.document.EditionDocument;
import org.census.publication.internal.document.SampleDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An edition laid out in many small parts (a region cut between fiches, the contents in a part of their own), merged:
 * pages numbered straight through, the contents' numbers and every link landing where they say, one outline.
 */
class PdfPartsTest {
    /** Small parts: about six fiches each, so that regions are cut too. */
    private static final int PART_WEIGHT = 120;
    private static final Pattern CONTENTS_LINE = Pattern.compile("^(.+?)\\s*(?:\\.\\s*){3,}(\\d+)$");
    private static EditionDocument sample;
    private static PDDocument pdf;
    private static final List<String> PAGES = new ArrayList<>();
    private static List<String> leftBehind;

    @BeforeAll
    static void render() throws IOException {
        sample = SampleDocuments.large(60);
        Path scratch = Files.createTempDirectory("pdf-parts-test");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer(PART_WEIGHT, 2, scratch).render(sample, out);
        try (Stream<Path> files = Files.list(scratch)) {
            leftBehind = files.map(Path::toString).toList();
        }
        Files.delete(scratch);
        pdf = Loader.loadPDF(out.toByteArray());
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            PAGES.add(stripper.getText(pdf));
        }
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    /** Text as compared: without spaces and hyphens, which a line's end adds or removes. */
    private static String flat(String text) {
        return text.replaceAll("[\\s\\-\u00ad]+", "");
    }

    @Test
    void theSampleIsReallyCutIntoPartsAndARegionBetweenFiches() {
        List<PrintParts.Part> parts = PrintParts.of(sample.blocks(), PART_WEIGHT, 4);
        assertThat(parts.size()).isGreaterThan(6);
        assertThat(parts.get(0).contents()).isTrue();
        assertThat(parts).anyMatch(p -> p.blocks().get(0) instanceof Block.Fiche);
        assertThat(pdf.getNumberOfPages()).isGreaterThan(50);
    }

    @Test
    void everyPageButTheTitlePageCarriesItsOwnNumber() {
        assertThat(PAGES.get(0).lines().map(String::strip)).doesNotContain("1");
        for (int page = 2; page <= PAGES.size(); page++) {
            assertThat(PAGES.get(page - 1).lines().map(String::strip)).as("page " + page)
                    .contains(Integer.toString(page));
        }
    }

    @Test
    void theContentsNumbersAreThePagesTheHeadingsAreOn() {
        Map<String, Integer> contents = new HashMap<>();
        int contentsEnd = 1;
        while (PAGES.get(contentsEnd).contains("....")) {
            contentsEnd++;
        }
        for (String line : String.join("\n", PAGES.subList(1, contentsEnd)).lines().map(String::strip).toList()) {
            Matcher m = CONTENTS_LINE.matcher(line);
            if (m.matches()) {
                contents.putIfAbsent(m.group(1), Integer.parseInt(m.group(2)));
            }
        }
        assertThat(contents).containsKeys("Avant-propos", "Région de Bamako", "Région de Kayes");
        // Region headings repeat with each copy of the fiches: the first is the one the contents name first.
        for (String region : List.of("Avant-propos", "Aperçu général", "Région de Bamako", "Région de Kayes")) {
            int page = contents.get(region);
            assertThat(flat(PAGES.get(page - 1))).as(region).contains(flat(region));
            assertThat(PAGES.subList(contentsEnd, page - 1).stream().map(PdfPartsTest::flat))
                    .as(region + " not before page " + page).noneMatch(t -> t.contains(flat(region)));
        }
    }

    @Test
    void everyLinkToTheDocumentLandsOnAPageShowingItsText() throws IOException {
        int links = 0;
        for (int index = 0; index < pdf.getNumberOfPages(); index++) {
            PDPage page = pdf.getPage(index);
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (!(annotation instanceof PDAnnotationLink link)) {
                    continue;
                }
                if (link.getAction() instanceof PDActionURI uri) {
                    assertThat(uri.getURI()).doesNotStartWith("census-anchor:");
                    continue;
                }
                assertThat(link.getAction()).isInstanceOf(PDActionGoTo.class);
                PDPageDestination target = (PDPageDestination) ((PDActionGoTo) link.getAction()).getDestination();
                int targetPage = pdf.getPages().indexOf(target.getPage());
                assertThat(targetPage).isNotNegative();
                String text = linkText(page, link).replaceAll("[.\\s]*\\d*$", "");
                // The foreword's one link says what it leads to in its own words.
                String expected = text.equals(flat("la fiche d'Angers")) ? flat("Angers / Bamako") : text;
                if (text.length() > 3) {
                    assertThat(flat(PAGES.get(targetPage))).as("link on page %d", index + 1).contains(expected);
                    links++;
                }
            }
        }
        // The contents' entries and the summary's partnerships.
        assertThat(links).isGreaterThan(100);
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

    @Test
    void oneOutlineWithEachRegionAndItsFichesOnTheirPages() throws IOException {
        List<String> regions = new ArrayList<>();
        int fiches = 0;
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            regions.add(item.getTitle());
            assertThat(flat(PAGES.get(pdf.getPages().indexOf(item.findDestinationPage(pdf)))))
                    .contains(flat(item.getTitle()));
            for (PDOutlineItem fiche : item.children()) {
                assertThat(flat(PAGES.get(pdf.getPages().indexOf(fiche.findDestinationPage(pdf)))))
                        .contains(flat(fiche.getTitle()));
                fiches++;
            }
        }
        assertThat(regions).startsWith("Avant-propos").contains("Région de Bamako", "Région de Kidal");
        assertThat(fiches).isEqualTo(60);
    }

    @Test
    void staysOneTaggedArchivableDocument() {
        var catalog = pdf.getDocumentCatalog();
        assertThat(catalog.getStructureTreeRoot()).isNotNull();
        assertThat(catalog.getMarkInfo().isMarked()).isTrue();
        assertThat(catalog.getOutputIntents()).hasSize(1);
        assertThat(catalog.getLanguage()).isEqualTo("fr");
        assertThat(catalog.getMetadata()).isNotNull();
        assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(sample.title());
    }

    @Test
    void leavesNoTemporaryFileBehind() {
        assertThat(leftBehind).isEmpty();
    }
}
