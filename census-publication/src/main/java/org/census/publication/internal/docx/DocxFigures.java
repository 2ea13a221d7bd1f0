package org.census.publication.internal.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.census.charts.ChartFormat;
import org.census.charts.ChartSize;
import org.census.charts.ChartWriter;
import org.census.publication.internal.document.Block;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

/**
 * A figure: its chart as a 300-dpi PNG, as wide as the text column (16 cm) with the chart's proportions, or less
 * wide when that would make it taller than most of a page; its text alternative as the picture's description; then
 * its caption, "Figure N : ...", in the Caption style, the number a SEQ field as Word numbers its own figures.
 *
 * <p>PNG only, no SVG beside it: Word 2016 and later would take an SVG through the {@code asvg:svgBlip} extension,
 * but the charts' SVG sets its text in a font embedded with {@code @font-face}, which Word ignores, so Word would
 * draw the labels in another font, wider or narrower than the layout made room for; and LibreOffice reads only the
 * PNG. At 300 dpi the PNG prints as sharp as the page.
 */
final class DocxFigures {
    static final int DPI = 300;
    /** The tallest a chart is drawn, leaving room for its caption on the page. */
    static final int MAX_HEIGHT = DocxPage.TEXT_HEIGHT * 4 / 5;

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
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ChartWriter.write(figure.chart().get(), png, ChartFormat.PNG, size);

        XWPFParagraph picture = docx.createParagraph();
        CTPPr props = picture.getCTP().addNewPPr();
        props.addNewKeepNext();
        props.addNewJc().setVal(STJc.CENTER);
        long[] extent = extent(size);
        XWPFRun run = picture.createRun();
        try {
            run.addPicture(new ByteArrayInputStream(png.toByteArray()), PictureType.PNG,
                    "figure-" + figure.number() + ".png", (int) extent[0], (int) extent[1]);
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
