package org.census.publication.internal.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.xml.namespace.QName;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.census.charts.ChartFormat;
import org.census.charts.ChartSize;
import org.census.charts.ChartWriter;
import org.census.publication.internal.document.Block;
import org.jfree.chart.JFreeChart;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlip;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeArtExtension;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

/**
 * A figure: its chart as a 300-dpi PNG, as wide as the text column (16 cm) with the chart's proportions, or less
 * wide when that would make it taller than most of a page, with the same chart as SVG beside it; its text
 * alternative as the picture's description; then its caption, "Figure N : ...", in the Caption style, the number a
 * SEQ field as Word numbers its own figures.
 *
 * <p>The SVG is what Word 2016 and later draw, through the {@code asvg:svgBlip} extension of the picture's
 * {@code a:blip}, sharp at any zoom; the PNG stays the picture for every other reader (older Word, LibreOffice 7,
 * POI). Its text is drawn as the glyphs' outlines, not as text: Word ignores the font an SVG embeds, and would set
 * the labels in a font of its own, wider or narrower than the layout made room for. An SVG larger than
 * {@link #MAX_SVG_BYTES} is left out, the PNG alone.
 */
final class DocxFigures {
    static final int DPI = 300;
    /** The tallest a chart is drawn, leaving room for its caption on the page. */
    static final int MAX_HEIGHT = DocxPage.TEXT_HEIGHT * 4 / 5;
    /**
     * The largest SVG put beside a PNG: the built-in charts of the bundled census draw 75-395 KB each (their text
     * outlined), so a chart over 1 MB has labels by the thousand, and its PNG serves better than that much path data.
     */
    static final int MAX_SVG_BYTES = 1 << 20;
    /** Word's extension of {@code a:blip} naming an SVG picture. */
    static final String SVG_BLIP_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
    static final String SVG_BLIP_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";

    private final XWPFDocument docx;
    private final DocxBookmarks bookmarks;
    private final DocxLabels labels;
    private long drawings;

    DocxFigures(XWPFDocument docx, DocxBookmarks bookmarks, DocxLabels labels) {
        this.docx = docx;
        this.bookmarks = bookmarks;
        this.labels = labels;
    }

    /** Writes the figure into a scratch body: the picture is made in the document (where POI adds it), then moved. */
    void write(CTBody body, Block.Figure figure) throws IOException {
        ChartSize size = figure.size().withDpi(DPI);
        JFreeChart chart = figure.chart().get();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ChartWriter.write(chart, png, ChartFormat.PNG, size);
        byte[] svg = outlinedSvg(chart, size);

        XWPFParagraph picture = docx.createParagraph();
        CTPPr props = picture.getCTP().addNewPPr();
        props.addNewKeepNext();
        props.addNewJc().setVal(STJc.CENTER);
        long[] extent = extent(size);
        XWPFRun run = picture.createRun();
        try {
            XWPFPicture added = run.addPicture(new ByteArrayInputStream(png.toByteArray()), PictureType.PNG,
                    "figure-" + figure.number() + ".png", (int) extent[0], (int) extent[1]);
            if (svg.length <= MAX_SVG_BYTES) {
                addSvgBlip(added.getCTPicture().getBlipFill().getBlip(), docx.addPictureData(svg, PictureType.SVG));
            }
        } catch (InvalidFormatException e) {
            throw new IOException("cannot add figure " + figure.number() + ": " + e.getMessage(), e);
        }
        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        // Drawing ids unique in the document, from 1.
        inline.getDocPr().setId(++drawings);
        inline.getDocPr().setName("Figure " + figure.number());
        inline.getDocPr().setDescr(XmlText.fit(figure.alt()));
        body.addNewP().set(picture.getCTP());
        docx.removeBodyElement(docx.getPosOfParagraph(picture));

        CTP caption = body.addNewP();
        caption.addNewPPr().addNewPStyle().setVal(DocxStyles.CAPTION);
        bookmarks.open(caption, figure.anchor());
        DocxRuns.plain(caption, labels.get("figure.prefix"));
        DocxFields.write(caption, DocxFields.FIGURE_NUMBER, Integer.toString(figure.number()));
        DocxRuns.plain(caption, labels.get("figure.separator") + figure.caption());
        bookmarks.closeAll(caption);
    }

    private static byte[] outlinedSvg(JFreeChart chart, ChartSize size) {
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        ChartWriter.writeSvgWithOutlinedText(chart, svg, size);
        return svg.toByteArray();
    }

    /**
     * Names the SVG picture in the PNG's blip, as Word writes it: {@code <a:extLst><a:ext uri="{96DAC541-...}">
     * <asvg:svgBlip r:embed="rIdN"/></a:ext></a:extLst>}. An extension list is open to any content in the schema, so
     * the document stays valid and a reader that does not know the extension skips it.
     */
    private static void addSvgBlip(CTBlip blip, String relationship) {
        CTOfficeArtExtension extension = blip.addNewExtLst().addNewExt();
        extension.setUri(SVG_BLIP_EXTENSION);
        try (XmlCursor cursor = extension.newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(SVG_BLIP_NS, "svgBlip", "asvg"));
            cursor.insertAttributeWithValue(new QName(DocxDocumentPart.R, "embed", "r"),
                    relationship);
        }
    }

    /** Width and height in EMU: the text width and the chart's proportions, within {@link #MAX_HEIGHT}. */
    static long[] extent(ChartSize size) {
        double width = DocxPage.TEXT_WIDTH;
        double height = width * size.height() / size.width();
        if (height > MAX_HEIGHT) {
            width = width * MAX_HEIGHT / height;
            height = MAX_HEIGHT;
        }
        // Twentieths of a point to EMU.
        return new long[] {Math.round(width / 20 * Units.EMU_PER_POINT), Math.round(height / 20 * Units.EMU_PER_POINT)};
    }
}
