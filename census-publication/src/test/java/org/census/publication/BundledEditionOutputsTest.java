package org.census.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.census.bundled.BundledCensus;
import org.census.model.Action;
import org.census.model.Census;
import org.census.model.Contact;
import org.census.model.Partnership;
import org.census.model.PartyRole;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled census's edition in the three installed formats, each read back as its reader sees it (DOCX with POI,
 * PDF with PDFBox, HTML with jsoup): every fiche's French party and every action's budget are in each, and no contact
 * person's name is (issue 12, point 8). One document per format, made once: the PDF takes seconds.
 */
class BundledEditionOutputsTest {
    private static final Census BUNDLED = BundledCensus.load();
    /** Each format's text, whitespace collapsed: tables and pages break lines anywhere. */
    private static final Map<String, String> TEXTS = new TreeMap<>();

    @BeforeAll
    static void writeEachFormatOnce() throws IOException {
        EditionOptions options = EditionOptions.in(Locale.FRENCH);
        for (String format : List.of("docx", "html", "pdf")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Editions.write(BUNDLED, format, options, out);
            TEXTS.put(format, flat(text(format, out.toByteArray())));
        }
    }

    private static String text(String format, byte[] bytes) throws IOException {
        return switch (format) {
            case "docx" -> {
                try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
                     XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
                    yield extractor.getText();
                }
            }
            case "html" -> Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).body().wholeText();
            case "pdf" -> {
                try (PDDocument pdf = Loader.loadPDF(bytes)) {
                    yield new PDFTextStripper().getText(pdf);
                }
            }
            default -> throw new IllegalArgumentException(format);
        };
    }

    private static String flat(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void everyFormatHoldsEveryFichesFrenchParty() {
        List<String> parties = BUNDLED.distinctPartnerships().stream()
                .flatMap(p -> p.frenchParties().stream().filter(q -> q.role() == PartyRole.PARTY))
                .map(q -> flat(q.name())).distinct().toList();
        assertThat(parties).hasSizeGreaterThan(40);
        TEXTS.forEach((format, text) -> assertThat(missing(parties, text)).as(format).isEmpty());
    }

    @Test
    void everyFormatHoldsEveryActionsBudget() {
        List<String> budgets = BUNDLED.distinctPartnerships().stream().flatMap(p -> p.actions().stream())
                .map(Action::budget).map(b -> flat(b.raw()).strip()).filter(b -> !b.isEmpty()).distinct().toList();
        assertThat(budgets).contains("73 000€", "65 911 €");
        // A PDF line wraps where the layout may break ("7%" | "District"), adding a space the text had not: the PDF's
        // text is compared without spaces.
        TEXTS.forEach((format, text) -> assertThat(format.equals("pdf") ? missing(unspaced(budgets),
                text.replace(" ", "")) : missing(budgets, text)).as(format).isEmpty());
    }

    @Test
    void noContactPersonsNameIsPrinted() {
        List<String> names = BUNDLED.partnerships().stream().flatMap(BundledEditionOutputsTest::personalTexts)
                .map(BundledEditionOutputsTest::flat).filter(n -> n.length() > 5).distinct().toList();
        assertThat(names).contains("Anne-Sophie LE MARCHAND");
        TEXTS.forEach((format, text) -> assertThat(names).as(format).noneMatch(text::contains));
    }

    private static Stream<String> personalTexts(Partnership p) {
        return Stream.concat(p.contacts().stream().map(Contact::name), p.personalParts().stream());
    }

    private static List<String> missing(List<String> wanted, String text) {
        return wanted.stream().filter(w -> !text.contains(w)).toList();
    }

    private static List<String> unspaced(List<String> texts) {
        return texts.stream().map(t -> t.replace(" ", "")).toList();
    }
}
