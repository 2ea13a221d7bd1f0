package org.census.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.census.bundled.BundledCensus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GeoJSON opens in a browser: a page of its own (no map library, no network) draws each region as an SVG path
 * from the file with a few lines of script, in headless Chromium, and the DOM it leaves has the nine regions drawn.
 * Skipped, saying so, where no Chromium is installed.
 */
class GeoJsonInBrowserTest {
    private static final String PAGE = """
            <!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
            <svg id="map" xmlns="http://www.w3.org/2000/svg" viewBox="-13 -26 18 17"></svg>
            <script>
            const data = %s;
            const svg = document.getElementById('map');
            for (const f of data.features) {
              if (!f.geometry || f.properties.kind !== 'region') continue;
              const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
              let d = '';
              for (const rings of polygons) for (const ring of rings)
                d += 'M' + ring.map(p => p[0] + ',' + (-p[1])).join('L') + 'Z';
              const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
              path.setAttribute('d', d);
              path.setAttribute('fill-rule', 'evenodd');
              path.setAttribute('data-region', f.properties.region);
              svg.appendChild(path);
              const box = path.getBBox();
              path.setAttribute('data-area', Math.round(box.width * box.height * 100) / 100);
            }
            </script></body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void headlessChromiumDrawsTheNineRegions() throws Exception {
        Optional<Path> chromium = Stream.of("chromium", "chromium-browser", "google-chrome")
                .flatMap(name -> Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                        .map(d -> Path.of(d, name)))
                .filter(Files::isExecutable).findFirst();
        assumeTrue(chromium.isPresent(), "no Chromium on the PATH: the GeoJSON is not opened in a browser");
        String geojson = new String(GeoJsonCensusFormatTest.export(BundledCensus.load(), "points=true"),
                StandardCharsets.UTF_8);
        Path page = dir.resolve("map.html");
        Files.writeString(page, PAGE.formatted(geojson));
        Process browser = new ProcessBuilder(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + dir.resolve("profile"), "--dump-dom", page.toUri().toString())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        String dom = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(browser.waitFor(90, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
        Matcher m = Pattern.compile("<path d=\"M[^\"]+\" fill-rule=\"evenodd\" data-region=\"([^\"]+)\" "
                + "data-area=\"([0-9.]+)\"").matcher(dom);
        List<String> drawn = m.results().filter(r -> Double.parseDouble(r.group(2)) > 0).map(r -> r.group(1))
                .toList();
        assertThat(drawn).as(dom.length() > 2000 ? dom.substring(0, 2000) : dom)
                .containsExactlyElementsOf(BundledCensus.load().edition().regions());
    }
}
