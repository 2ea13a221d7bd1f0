package org.census.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;

/**
 * Test helper: workbooks printed to PDF by LibreOffice headless, as a person printing them would get them, and the
 * pages read back with PDFBox. Each page is found to belong to its sheet by the footer the workbooks print ("Actions
 * — page 2 / 5"). Where {@code soffice} is missing the tests that need it are skipped, saying so.
 */
public final class PrintedPages {
    /** A4 in PDF points (1/72 inch), within a point: 595 x 842. */
    private static final float A4_SHORT = PDRectangle.A4.getWidth();
    private static final float A4_LONG = PDRectangle.A4.getHeight();
    private static final Pattern FOOTER = Pattern.compile("(?m)^(.+) — page (\\d+) / (\\d+)\\s*$");
    private static final long TIMEOUT_SECONDS = 180;

    /** One printed page: its sheet and number there (from its footer), its text, whether it lies landscape. */
    public record Page(String sheet, int number, int of, String text, boolean landscape, boolean a4) {
    }

    private PrintedPages() {
    }

    /** Skips the calling test, with the reason, where LibreOffice is not installed. */
    public static Path requireSoffice() {
        Optional<Path> soffice = onPath("soffice");
        Assumptions.assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not on the PATH: the printed pages "
                + "cannot be checked (apt-get install libreoffice-calc-nogui)");
        return soffice.get();
    }

    private static Optional<Path> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (!dir.isEmpty() && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Prints workbooks to PDF with LibreOffice headless, in one run (its start is most of the time), with a profile
     * of its own in {@code dir} so that it neither reads nor disturbs a user's, nor another test's running at once.
     * Returns the pages of each workbook, in the order given.
     */
    public static List<List<Page>> print(Path dir, Path... workbooks) throws IOException, InterruptedException {
        Path soffice = requireSoffice();
        Path out = Files.createDirectories(dir.resolve("pdf"));
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", out.toString()));
        for (Path w : workbooks) {
            command.add(w.toString());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("LibreOffice did not print within " + TIMEOUT_SECONDS + " s");
        }
        List<List<Page>> printed = new ArrayList<>();
        for (Path w : workbooks) {
            String name = w.getFileName().toString();
            Path pdf = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
            assertThat(pdf).as("LibreOffice's PDF of %s (exit %d, log: %s)", name, p.exitValue(),
                    Files.readString(dir.resolve("soffice.log"))).exists();
            printed.add(pages(pdf));
        }
        return printed;
    }

    /** The pages of a PDF, each with its text and its sheet as its footer names them. */
    public static List<Page> pages(Path pdf) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                text.setStartPage(i);
                text.setEndPage(i);
                String t = text.getText(doc);
                Matcher footer = FOOTER.matcher(t);
                String sheet = "?";
                int number = 0;
                int of = 0;
                while (footer.find()) {
                    sheet = footer.group(1).strip();
                    number = Integer.parseInt(footer.group(2));
                    of = Integer.parseInt(footer.group(3));
                }
                PDPage page = doc.getPage(i - 1);
                PDRectangle box = page.getMediaBox();
                boolean turned = page.getRotation() % 180 != 0;
                float w = turned ? box.getHeight() : box.getWidth();
                float h = turned ? box.getWidth() : box.getHeight();
                boolean a4 = Math.abs(Math.min(w, h) - A4_SHORT) < 2 && Math.abs(Math.max(w, h) - A4_LONG) < 2;
                pages.add(new Page(sheet, number, of, t, w > h, a4));
            }
        }
        return pages;
    }

    /** The pages of each sheet, in the order they print. */
    public static Map<String, List<Page>> bySheet(List<Page> pages) {
        Map<String, List<Page>> sheets = new LinkedHashMap<>();
        for (Page p : pages) {
            sheets.computeIfAbsent(p.sheet(), s -> new ArrayList<>()).add(p);
        }
        return sheets;
    }

    /** A text as PDF extraction gives it back, any run of white space (a wrapped line) as one space. */
    public static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
