package org.census.charts;

/**
 * The size a chart is drawn at: width and height in points (1/72 inch, so also pixels at 72 DPI), and the
 * resolution of PNG files. Vector formats keep the size in points and ignore the resolution.
 *
 * @param width  the width in points
 * @param height the height in points
 * @param dpi    dots per inch of PNG files
 */
public record ChartSize(double width, double height, int dpi) {
    /** The width of the text column of an A4 page with 2.5 cm margins: 16 cm. */
    public static final double A4_COLUMN_WIDTH = 16 / 2.54 * 72;
    /** For print: an A4 column wide, two thirds as high, 300 DPI. */
    public static final ChartSize PRINT = new ChartSize(A4_COLUMN_WIDTH, A4_COLUMN_WIDTH * 2 / 3, 300);
    /** For screens (a README, a web page): the print size at 150 DPI. */
    public static final ChartSize SCREEN = PRINT.withDpi(150);

    /**
     * Checks that the size is between 1 and 200 inches each way and the resolution between 36 and 1200 DPI.
     *
     * @param width  the width in points
     * @param height the height in points
     * @param dpi    dots per inch of PNG files
     */
    public ChartSize {
        if (!(width >= 72 && width <= 14_400) || !(height >= 72 && height <= 14_400)) {
            throw new IllegalArgumentException("a chart is between 72 and 14 400 points (1 to 200 inches) wide and "
                    + "high, got " + width + " x " + height);
        }
        if (dpi < 36 || dpi > 1200) {
            throw new IllegalArgumentException("dpi must be between 36 and 1200, got " + dpi);
        }
    }

    /**
     * {@return the same size at another resolution}
     *
     * @param other dots per inch of PNG files
     */
    public ChartSize withDpi(int other) {
        return new ChartSize(width, height, other);
    }

    /**
     * {@return the same width, the height multiplied by a factor}
     *
     * @param factor what the height is multiplied by (a chart's {@code relativeHeight()})
     */
    public ChartSize taller(double factor) {
        return new ChartSize(width, height * factor, dpi);
    }

    /** {@return the width of a PNG file in pixels} */
    public int pixelWidth() {
        return (int) Math.round(width * dpi / 72);
    }

    /** {@return the height of a PNG file in pixels} */
    public int pixelHeight() {
        return (int) Math.round(height * dpi / 72);
    }
}
