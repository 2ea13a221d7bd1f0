package org.census.publication.internal.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.census.bundled.BundledCensus;
import org.census.model.Partnership;
import org.census.publication.internal.document.SampleDocuments;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web page in a real browser, where Chromium is installed: it draws something, and its script runs. */
class HtmlInChromiumTest {
    private static Optional<Path> chromium;
    private static Path page;

    @BeforeAll
    static void render(@TempDir Path directory) throws IOException {
        chromium = Stream.of("chromium", "chromium-browser", "google-chrome")
                .flatMap(name -> Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                        .map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst();
        page = directory.resolve("edition.html");
        try (OutputStream out = Files.newOutputStream(page)) {
            new HtmlRenderer().render(SampleDocuments.bundled(), out);
        }
    }

    private static String run(Path output, String... arguments) throws IOException, InterruptedException {
        assumeTrue(chromium.isPresent(), "Chromium is not installed (chromium, chromium-browser or google-chrome on "
                + "the PATH): the page is not opened in a browser");
        List<String> command = new ArrayList<>(List.of(chromium.get().toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--user-data-dir=" + output.resolve("profile")));
        command.addAll(List.of(arguments));
        command.add(page.toUri().toString());
        Process process = new ProcessBuilder(command).redirectError(output.resolve("stderr.txt").toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("Chromium ends").isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void theScreenshotIsNotBlank(@TempDir Path output) throws Exception {
        Path shot = output.resolve("edition.png");
        run(output, "--screenshot=" + shot, "--window-size=1000,1600", "--hide-scrollbars");
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        // Text in several colours, antialiased: far more than a blank or single-colour page.
        assertThat(colours.size()).isGreaterThan(20);
    }

    @Test
    void theScriptRanAndTheDomHoldsEveryFiche(@TempDir Path output) throws Exception {
        Document dom = Jsoup.parse(run(output, "--dump-dom", "--virtual-time-budget=5000"));
        for (Partnership p : BundledCensus.load().partnerships()) {
            Element fiche = dom.getElementById("fiche-" + p.id());
            assertThat(fiche).as(p.id()).isNotNull();
            assertThat(fiche.hasAttr("hidden")).isFalse();
        }
        Element form = dom.getElementById("fiche-filter");
        assertThat(form.hasAttr("hidden")).as("the filter shown by its script").isFalse();
        int fiches = BundledCensus.load().partnerships().size();
        assertThat(dom.getElementById("fiche-filter-status").text())
                .isEqualTo(fiches + " fiches affichées sur " + fiches);
    }
}
