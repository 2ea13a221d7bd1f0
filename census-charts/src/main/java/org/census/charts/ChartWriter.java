package org.census.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.census.CensusIOException;
import org.census.internal.AtomicFiles;
import org.census.charts.internal.EmbeddedFonts;
import org.census.charts.spi.CensusChart;
import org.census.charts.spi.ChartContext;
import org.census.model.Census;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;

/**
 * Writes a chart as PNG, SVG or PDF. Writing to a file is atomic: the chart goes to a temporary file beside it, which
 * then replaces the target, so a reader never sees half a chart and a failure leaves the old file in place.
 */
public final class ChartWriter {
    private ChartWriter() {
    }

    /**
     * Draws one chart of a census into a file, in one call: built in the census's own language, at the print size
     * ({@link ChartSize#PRINT}) made as tall as the chart asks ({@link CensusChart#relativeHeight()}).
     *
     * @param kind   the chart, e.g. {@code CensusCharts.installed().require("map")}
     * @param census the census drawn
     * @param file   the file written, atomically; its directory is created if needed
     * @param format PNG, SVG or PDF
     */
    public static void write(CensusChart kind, Census census, Path file, ChartFormat format) {
        write(kind, census, file, format, ChartSize.PRINT, Locale.forLanguageTag(census.edition().language()));
    }

    /**
     * Draws one chart of a census into a file, in one call, in a language and at a size made as tall as the chart
     * asks: {@code base.taller(kind.relativeHeight())}.
     *
     * @param kind   the chart, e.g. {@code CensusCharts.installed().require("map")}
     * @param census the census drawn
     * @param file   the file written, atomically; its directory is created if needed
     * @param format PNG, SVG or PDF
     * @param base   the size of a chart of relative height 1 (the width, and the resolution of PNG files)
     * @param locale the language of the chart's texts and numbers (French for "fr", else English)
     */
    public static void write(CensusChart kind, Census census, Path file, ChartFormat format, ChartSize base,
                             Locale locale) {
        Objects.requireNonNull(file, "file");
        JFreeChart chart = ChartSet.build(kind, census, ChartContext.of(census, locale));
        write(chart, file, format, sized(kind, base));
    }

    /** The size a chart kind is drawn at: the base made as tall as the chart asks. */
    static ChartSize sized(CensusChart kind, ChartSize base) {
        return base.taller(kind.relativeHeight());
    }

    /**
     * Writes a chart to a file, creating its directory if needed.
     *
     * @param chart  the chart, as {@link ChartSet#build} gives it
     * @param file   the file written, atomically
     * @param format PNG, SVG or PDF
     * @param size   the size it is drawn at
     */
    public static void write(JFreeChart chart, Path file, ChartFormat format, ChartSize size) {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(size, "size");
        AtomicFiles.write(file, out -> write(chart, out, format, size));
    }

    /**
     * Writes a chart to a stream, which is flushed but not closed.
     *
     * @param chart  the chart, as {@link ChartSet#build} gives it
     * @param out    the stream written to
     * @param format PNG, SVG or PDF
     * @param size   the size it is drawn at
     * @throws CensusIOException when the stream fails
     */
    public static void write(JFreeChart chart, OutputStream out, ChartFormat format, ChartSize size) {
        CensusIOException.run("cannot write the " + format + " chart", () -> {
            switch (format) {
                case PNG -> writePng(chart, out, size);
                case SVG -> SvgChartWriter.write(chart, out, size);
                case PDF -> writePdf(chart, out, size);
            }
            out.flush();
        });
    }

    /**
     * Writes a chart as SVG with its text drawn as the glyphs' outlines (filled paths) instead of {@code <text>} in an
     * embedded font: for a viewer that ignores an SVG's fonts, as Word does, and would otherwise set the labels in a
     * font of its own, wider or narrower than the layout made room for. The chart looks the same in any viewer and at
     * any zoom; its text can no longer be selected or searched, so give the picture a text alternative. The stream is
     * flushed but not closed.
     *
     * @param chart the chart, as {@link ChartSet#build} gives it
     * @param out   the stream written to
     * @param size  the size it is drawn at
     * @throws CensusIOException when the stream fails
     */
    public static void writeSvgWithOutlinedText(JFreeChart chart, OutputStream out, ChartSize size) {
        CensusIOException.run("cannot write the SVG chart", () -> {
            SvgChartWriter.write(chart, out, size, SvgChartWriter.Text.OUTLINES);
            out.flush();
        });
    }

    private static Rectangle2D area(ChartSize size) {
        return new Rectangle2D.Double(0, 0, size.width(), size.height());
    }

    private static void writePng(JFreeChart chart, OutputStream out, ChartSize size) throws IOException {
        BufferedImage image = new BufferedImage(size.pixelWidth(), size.pixelHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setColor(java.awt.Color.WHITE);
            g2.fillRect(0, 0, image.getWidth(), image.getHeight());
            // Lay out in points, draw in pixels: the chart looks the same at any DPI, only sharper.
            g2.scale(size.dpi() / 72.0, size.dpi() / 72.0);
            chart.draw(g2, area(size));
        } finally {
            g2.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(new NonClosingStream(out))) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            recordDpi(metadata, size.dpi());
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /** Sets the pHYs chunk, so that a word processor places the image at its size in centimetres. */
    private static void recordDpi(IIOMetadata metadata, int dpi) throws IIOInvalidTreeException {
        String perMetre = Integer.toString((int) Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        metadata.mergeTree("javax_imageio_png_1.0", root);
    }

    private static void writePdf(JFreeChart chart, OutputStream out, ChartSize size) throws IOException {
        float width = (float) size.width();
        float height = (float) size.height();
        try (PDDocument document = new PDDocument();
             PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
            for (EmbeddedFonts.FontFile font : EmbeddedFonts.files()) {
                try (var in = EmbeddedFonts.open(font.resource())) {
                    fonts.registerFont(font.fontName(), in);
                }
            }
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(document, width, height);
            g2.setFontTextDrawer(fonts);
            try {
                chart.draw(g2, area(size));
            } finally {
                g2.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g2.getXFormObject());
            }
            PDDocumentInformation info = document.getDocumentInformation();
            TextTitle title = chart.getTitle();
            if (title != null) {
                info.setTitle(title.getText());
            }
            info.setCreator("census-charts");
            document.save(new NonClosingStream(out));
        }
    }

    /** PDFBox and ImageIO close the stream they are handed; the caller of a stream method owns it. */
    private static final class NonClosingStream extends java.io.FilterOutputStream {
        NonClosingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
