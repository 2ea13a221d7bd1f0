package org.census.charts;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Headless Chromium (Debian's package), for the test and the bench (bench/svg-libraries) that set an SVG chart as a
 * browser draws it beside the same chart drawn by Java to PNG.
 */
public final class Chromium {
    public static final Path PATH = Path.of("/usr/bin/chromium");

    private Chromium() {
    }

    public static boolean installed() {
        return Files.isExecutable(PATH);
    }

    /**
     * Starts a screenshot of an SVG file of a chart of that size, at 72 DPI so that a point is a pixel, as Java's PNG
     * at 72 DPI has them; Chromium's output goes to {@code log}.
     */
    public static Process screenshot(Path svg, ChartSize size, Path shot, Path log) throws IOException {
        // The SVG is sized in points, which a browser draws at 96 an inch: the window is in those pixels, zoomed out.
        return new ProcessBuilder(PATH.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--force-device-scale-factor=" + 72.0 / 96,
                "--window-size=" + (int) Math.ceil(size.width() * 96 / 72) + ","
                        + (int) Math.ceil(size.height() * 96 / 72),
                "--screenshot=" + shot, svg.toUri().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * The share of the pixels Java inked that differ from the screenshot's by more than anti-aliasing does: a label
     * set in another font or in another place differs by far more.
     */
    public static double differingShare(BufferedImage java, BufferedImage shot) {
        int differing = 0;
        int inked = 0;
        for (int y = 0; y < java.getHeight(); y++) {
            for (int x = 0; x < java.getWidth(); x++) {
                int a = java.getRGB(x, y);
                int b = x < shot.getWidth() && y < shot.getHeight() ? shot.getRGB(x, y) : 0xFFFFFF;
                if (a != -1) {
                    inked++;
                }
                if (distance(a, b) > 96) {
                    differing++;
                }
            }
        }
        return (double) differing / inked;
    }

    private static int distance(int a, int b) {
        return Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF)) + Math.abs((a >> 8 & 0xFF) - (b >> 8 & 0xFF))
                + Math.abs((a & 0xFF) - (b & 0xFF));
    }
}
