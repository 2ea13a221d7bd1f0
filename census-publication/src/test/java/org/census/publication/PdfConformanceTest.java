package org.census.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.census.bundled.BundledCensus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * The bundled edition's PDF, as {@link Editions#write} makes it, checked by veraPDF (test scope, used under the
 * MPL-2.0) against the two standards the PDF renderer asks openhtmltopdf for: PDF/A-2u (ISO 19005-2, archival, text
 * mapped to Unicode) and PDF/UA-1 (ISO 14289-1, accessible). One parse, both profiles, every rule.
 *
 * <p>Every rule holds. The last ones to fail, and what fixed them: the font's ligature glyphs without Unicode mapping
 * (the font is embedded without its GSUB table), links without a description (each gets the text it covers as its
 * Contents) and the charts' Figure tags without a text alternative (the print page's SVG carries {@code alt}).
 */
class PdfConformanceTest {
    private static Map<PDFAFlavour, ValidationResult> results;

    @BeforeAll
    static void validateTheBundledEdition() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Editions.write(BundledCensus.load(), "pdf", EditionOptions.in(Locale.FRENCH), pdf);
        results = validate(pdf.toByteArray(), PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFUA_1);
    }

    /** Validates a PDF against two profiles in one pass over the document. */
    private static Map<PDFAFlavour, ValidationResult> validate(byte[] pdf, PDFAFlavour first, PDFAFlavour second)
            throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), first,
                second);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(List.of(first, second))) {
            return validator.validateAll(parser).stream()
                    .collect(Collectors.toMap(ValidationResult::getPDFAFlavour, r -> r));
        }
    }

    /** The failed rules, each with its count and first message: "ISO 19005-2:2011 6.2.11.7.2-1" → "x2: ...". */
    private static Map<String, String> failures(ValidationResult result) {
        Map<String, String> failed = new TreeMap<>();
        result.getFailedChecks().forEach((rule, count) -> failed.put(id(rule), "x" + count));
        for (TestAssertion assertion : result.getTestAssertions()) {
            if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                failed.computeIfPresent(id(assertion.getRuleId()), (rule, count) -> count.contains(":") ? count
                        : count + ": " + assertion.getMessage() + " at " + assertion.getLocation().getContext());
            }
        }
        return failed;
    }

    private static String id(RuleId rule) {
        return rule.getSpecification().getId() + " " + rule.getClause() + "-" + rule.getTestNumber();
    }

    private static void assertOnlyKnownFailures(PDFAFlavour flavour) {
        ValidationResult result = results.get(flavour);
        assertThat(result).as(flavour.getId()).isNotNull();
        // The profile ran: thousands of checks over the 100-odd pages.
        assertThat(result.getTotalAssertions()).as(flavour.getId()).isGreaterThan(10_000);
        Map<String, String> failed = failures(result);
        assertThat(failed).as("%s rules failed", flavour.getId()).isEmpty();
    }

    @Test
    void pdfA2uHolds() {
        assertOnlyKnownFailures(PDFAFlavour.PDFA_2_U);
    }

    @Test
    void pdfUa1Holds() {
        assertOnlyKnownFailures(PDFAFlavour.PDFUA_1);
    }

    @Test
    void aPdfThatClaimsNeitherFailsBoth() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(plain);
        }
        Map<PDFAFlavour, ValidationResult> plainResults = validate(plain.toByteArray(), PDFAFlavour.PDFA_2_U,
                PDFAFlavour.PDFUA_1);
        // No metadata stream, so no PDF/A identification; no tags, no language, no title for PDF/UA.
        assertThat(failures(plainResults.get(PDFAFlavour.PDFA_2_U))).containsKey("ISO 19005-2:2011 6.6.2.1-1");
        assertThat(failures(plainResults.get(PDFAFlavour.PDFUA_1))).isNotEmpty();
    }
}
