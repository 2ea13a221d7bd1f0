package org.census.publication.internal.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.census.model.Partnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DOCX opens in LibreOffice and converts to PDF headless, without error, with every fiche in it. Skipped, saying
 * so, where {@code soffice} is not installed.
 */
class DocxLibreOfficeTest {
    private static final long TIMEOUT_SECONDS = 300;

    @Test
    void libreOfficeConvertsTheEditionToPdfWithEveryFiche(@TempDir Path dir) throws Exception {
        String soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed: the DOCX is not converted to PDF");
        Path docx = dir.resolve("edition.docx");
        Files.write(docx, DocxSamples.bundledDocx());
        Path out = Files.createDirectories(dir.resolve("pdf"));
        // A profile of its own, so that parallel runs (and a user's LibreOffice) do not clash.
        Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", out.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        boolean done = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        assertThat(done).as("soffice finished within %d s", TIMEOUT_SECONDS).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
        Path pdf = out.resolve("edition.pdf");
        assertThat(pdf).as(Files.readString(dir.resolve("soffice.log"))).exists();

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // The title page, the contents, the foreword, the summary, the overview's figures, 54 fiches, the donors.
            assertThat(document.getNumberOfPages()).isBetween(40, 120);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (Partnership p : DocxSamples.census().partnerships()) {
                assertThat(text).contains(DocxSamples.names(p.frenchParties()).replaceAll("\\s+", " "));
            }
            // The table of contents lists the headings (LibreOffice shows the entries written in the field's result;
            // it does not rebuild the table on opening, so their page numbers stay for Word to fill in).
            PDFTextStripper contents = new PDFTextStripper();
            contents.setStartPage(2);
            contents.setEndPage(2);
            assertThat(contents.getText(document)).contains("Sommaire", "Avant-propos", "Aperçu général",
                    "Angers / Bamako");
            assertThat(text).contains("Texte hostile avec et fin");
        }
    }

    private static String soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }
}
