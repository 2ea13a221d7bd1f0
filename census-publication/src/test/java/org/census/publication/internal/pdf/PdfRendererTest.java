package org.census.publication.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.census.bundled.BundledCensus;
import org.census.model.Census;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.publication.internal.document.SampleDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfRendererTest {
    private static final Census CENSUS = BundledCensus.load();
    private static byte[] pdf;
    private static PDDocument document;
    private static String text;

    @BeforeAll
    static void render() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(SampleDocuments.bundled(), out);
        pdf = out.toByteArray();
        document = Loader.loadPDF(pdf);
        text = oneLine(new PDFTextStripper().getText(document));
    }

    @AfterAll
    static void close() throws IOException {
        document.close();
    }

    /** Lines as spaces: a name may wrap in a narrow cell. */
    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @Test
    void everyFichesFrenchPartyAndTheAccentsAreText() {
        for (Partnership p : CENSUS.partnerships()) {
            for (Party party : p.frenchParties()) {
                assertThat(text).as(p.id()).contains(oneLine(party.name()));
            }
        }
        assertThat(text).contains("Ségou", "Kéniéba", "Coopération", "Région de Tombouctou");
        assertThat(text).contains(SampleDocuments.HOSTILE_TEXT);
    }

    @Test
    void theOutlineHasTheRegionsHeadingsWithTheirFiches() {
        List<String> titles = new ArrayList<>();
        PDOutlineItem bamako = null;
        for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
            if (item.getTitle().equals("Région de Bamako")) {
                bamako = item;
            }
        }
        assertThat(titles).contains("Avant-propos", "Aperçu général", "Région de Bamako", "Région de Ségou",
                "Région de Kayes", "Région de Kidal");
        assertThat(bamako).isNotNull();
        assertThat(bamako.getFirstChild().getTitle()).startsWith("Angers");
    }

    @Test
    void chartsAreVectorsAndFontsAreEmbedded() throws IOException {
        int images = 0;
        List<String> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            images += images(page.getResources(), fonts, 0);
        }
        assertThat(images).isZero();
        assertThat(fonts).isNotEmpty().allMatch(f -> f.endsWith("embedded"));
        assertThat(fonts).anyMatch(f -> f.contains("SourceSans3"));
    }

    private static int images(PDResources resources, List<String> fonts, int depth) throws IOException {
        if (resources == null || depth > 8) {
            return 0;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " not embedded"));
        }
        int images = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                images++;
            } else if (object instanceof PDFormXObject form) {
                images += images(form.getResources(), fonts, depth + 1);
            }
        }
        return images;
    }

    @Test
    void isA4WithASanePageCountAndItsMetadata() {
        PDRectangle box = document.getPage(0).getMediaBox();
        assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
        assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
        // A title page, a table of contents, the summary, the overview, 54 fiches, the donors.
        assertThat(document.getNumberOfPages()).isBetween(40, 250);
        assertThat(document.getDocumentInformation().getTitle()).isEqualTo(CENSUS.edition().title());
        assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
    }

    @Test
    void pagesAreNumberedInTheFooter() throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(3);
        stripper.setEndPage(3);
        // The page number is stamped once the parts are merged: the page's last text.
        List<String> lines = stripper.getText(document).lines().map(String::strip).toList();
        assertThat(lines).contains("3");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("3");
    }

    @Test
    void declaresPdfA2uAndIsTagged() throws IOException {
        String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xmp).contains("pdfaid:part").containsPattern("pdfaid:part[^0-9]*2")
                .containsPattern("pdfaid:conformance[^A-Z]*U");
        assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
    }
}
