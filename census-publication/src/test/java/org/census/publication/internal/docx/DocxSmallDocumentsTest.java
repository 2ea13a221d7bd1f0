package org.census.publication.internal.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.census.charts.ChartSize;
import org.census.charts.ChartWriter;
import org.census.publication.internal.document.Block;
import org.census.publication.internal.document.Block.Cell;
import org.census.publication.internal.document.Block.Row;
import org.census.publication.internal.document.EditionDocument;
import org.census.publication.internal.document.Inline;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlip;

/** Documents made in the test: the edges of the renderer (empty, English, odd tables, hostile links). */
class DocxSmallDocumentsTest {
    private static final LocalDate DATE = LocalDate.of(2013, 11, 8);

    private static XWPFDocument render(Locale locale, List<Block> blocks) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxRenderer().render(new EditionDocument(locale, "Edition", "Publisher", DATE, blocks), out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void anEmptyDocumentIsAValidDocumentOfOnePage() throws IOException {
        try (XWPFDocument docx = render(Locale.FRENCH, List.of())) {
            assertThat(docx.getBodyElements()).isEmpty();
            assertThat(docx.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("11906");
            assertThat(docx.getHeaderFooterPolicy().getDefaultFooter().getText()).contains("Edition", "Page");
        }
    }

    @Test
    void englishHasEnglishWordsAndLanguage() throws IOException {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        data.setValue("Kayes", 18);
        Block.Figure figure = new Block.Figure(1, "figure-pie", "Partnerships", "A pie", () -> ChartFactory
                .createPieChart("Pie", data), ChartSize.PRINT);
        try (XWPFDocument docx = render(Locale.ENGLISH, List.of(new Block.TableOfContents("Contents"), figure))) {
            List<String> texts = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).contains("Figure 1: Partnerships");
            assertThat(texts).anyMatch(t -> t.startsWith("Table of contents to update"));
            assertThat(docx.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty())
                    .contains("en-GB");
            assertThat(docx.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0)
                    .getVal()).isEqualTo("en-GB");
        }
    }

    @Test
    void aChartWhoseSvgIsOverTheLimitIsItsPngAlone() throws IOException {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        data.setValue("Kayes", 18);
        Block.Figure small = new Block.Figure(1, "figure-pie", "Pie", "A pie", () -> ChartFactory
                .createPieChart("Pie", data), ChartSize.PRINT);
        // Labels by the hundred, each some thirty glyphs of outlines: several megabytes of SVG.
        Block.Figure labelled = new Block.Figure(2, "figure-labels", "Labels", "Labels", () -> {
            XYSeriesCollection points = new XYSeriesCollection(new XYSeries("points"));
            JFreeChart chart = ChartFactory.createScatterPlot("Labels", "x", "y", points);
            for (int i = 0; i < 400; i++) {
                chart.getXYPlot().addAnnotation(new XYTextAnnotation("Étiquette numéro " + i + " hors limite",
                        i % 20, i / 20.0));
            }
            return chart;
        }, ChartSize.PRINT);
        try (XWPFDocument docx = render(Locale.FRENCH, List.of(small, labelled))) {
            assertThat(docx.getAllPictures()).extracting(p -> p.getPictureTypeEnum())
                    .containsExactly(PictureType.PNG, PictureType.SVG, PictureType.PNG);
            List<CTBlip> blips = docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getEmbeddedPictures().stream())
                    .map(p -> p.getCTPicture().getBlipFill().getBlip()).toList();
            assertThat(blips).hasSize(2);
            assertThat(blips.get(0).isSetExtLst()).isTrue();
            assertThat(blips.get(1).isSetExtLst()).isFalse();
        }
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        ChartWriter.writeSvgWithOutlinedText(labelled.chart().get(), svg, ChartSize.PRINT);
        assertThat(svg.size()).isGreaterThan(DocxFigures.MAX_SVG_BYTES);
    }

    @Test
    void aFigureTallerThanAPageIsScaledToFitWithItsProportions() {
        long[] extent = DocxFigures.extent(new ChartSize(453, 1800, 300));
        assertThat(extent[1]).isEqualTo(Math.round(DocxFigures.MAX_HEIGHT / 20.0 * 12700));
        assertThat((double) extent[0] / extent[1]).isCloseTo(453.0 / 1800, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void oddTablesAreMadeWholeAndEmptyOnesLeftOut() throws IOException {
        Cell a = new Cell(List.of(Inline.Text.plain("a\nb")), false, 1);
        Cell wide = new Cell(List.of(Inline.Text.plain("wide")), false, 2);
        Block.Table odd = new Block.Table(Block.TableRole.ACTIONS, Optional.empty(), List.of(),
                List.of(new Row(List.of(wide, a), false, false), new Row(List.of(a), false, false)), List.of(1, 2));
        Block.Table empty = new Block.Table(Block.TableRole.ACTIONS, Optional.of("Nothing"), List.of(), List.of(),
                List.of());
        try (XWPFDocument docx = render(Locale.FRENCH, List.of(odd, empty, odd))) {
            assertThat(docx.getTables()).hasSize(2);
            XWPFTable table = docx.getTables().get(0);
            // Three columns (a span of 2 and a cell); the widths given (2) do not fit, so they are even.
            assertThat(table.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(3);
            assertThat(table.getRow(0).getCell(0).getCTTc().getTcPr().getGridSpan().getVal()).hasToString("2");
            assertThat(table.getRow(1).getTableCells()).hasSize(3);
            // A line feed in a cell's text is a line break.
            assertThat(table.getRow(1).getCell(0).getParagraphs().get(0).getCTP().getRArray(0).sizeOfBrArray())
                    .isEqualTo(1);
            // The two tables are kept apart by a paragraph (the caption of the empty one), not merged.
            assertThat(docx.getBodyElements().get(1)).isInstanceOf(XWPFParagraph.class);
        }
    }

    @Test
    void onlyWebAndMailLinksBecomeLinks() throws IOException {
        Block.Paragraph links = new Block.Paragraph(Block.ParagraphRole.BODY, List.of(
                new Inline.Link("script", "javascript:alert(1)"),
                new Inline.Link("file", "file:///etc/passwd"),
                new Inline.Link("broken", "http://exa mple.org/"),
                new Inline.Link("mail", "mailto:pole.afrique@example.org"),
                new Inline.Link("web", "https://example.org/a?b=c&d=e")));
        try (XWPFDocument docx = render(Locale.FRENCH, List.of(links))) {
            XWPFParagraph p = docx.getParagraphs().get(0);
            assertThat(p.getText()).isEqualTo("scriptfilebrokenmailweb");
            assertThat(p.getCTP().getHyperlinkList()).hasSize(2);
            assertThat(docx.getHyperlinks()).extracting(h -> h.getURL())
                    .containsExactlyInAnyOrder("mailto:pole.afrique@example.org", "https://example.org/a?b=c&d=e");
        }
    }
}
