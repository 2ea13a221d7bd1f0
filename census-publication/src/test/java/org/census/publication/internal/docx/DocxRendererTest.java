package org.census.publication.internal.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;

import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlOptions;
import org.census.model.Action;
import org.census.model.Partnership;
import org.census.publication.internal.document.Block;
import org.census.publication.internal.document.EditionDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlip;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The bundled edition rendered once, read back with POI. */
class DocxRendererTest {
    private static EditionDocument document;
    private static byte[] bytes;
    private static XWPFDocument docx;
    private static String text;

    @BeforeAll
    static void render() throws IOException {
        document = DocxSamples.bundledOnce();
        bytes = DocxSamples.bundledDocx();
        docx = new XWPFDocument(new ByteArrayInputStream(bytes));
        text = normalised(allText(docx));
    }

    private static String allText(XWPFDocument docx) {
        StringBuilder all = new StringBuilder();
        docx.getParagraphs().forEach(p -> all.append(p.getText()).append('\n'));
        for (XWPFTable table : docx.getTables()) {
            all.append(table.getText()).append('\n');
        }
        return all.toString();
    }

    private static String normalised(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @Test
    void theBuiltInStylesExistAndHeadingsHaveOutlineLevels() {
        for (String id : List.of("Normal", "Title", "Subtitle", "Heading1", "Heading2", "Heading3", "Caption",
                "ListBullet", "FootnoteText", "TableGrid", "TOC1", "TOC2", "Hyperlink", "Marked")) {
            assertThat(docx.getStyles().styleExist(id)).as(id).isTrue();
        }
        assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
        for (int level = 1; level <= 3; level++) {
            XWPFStyle heading = docx.getStyles().getStyle("Heading" + level);
            assertThat(heading.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(level - 1);
        }
        assertThat(docx.getStyles().getStyle("ListBullet").getCTStyle().getPPr().getNumPr().getNumId().getVal())
                .isEqualTo(java.math.BigInteger.ONE);
        assertThat(docx.getNumbering().getNum(java.math.BigInteger.ONE)).isNotNull();
    }

    @Test
    void everyFicheIsAHeading2AndTheListIsBulleted() {
        List<XWPFParagraph> fiches = docx.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                .toList();
        assertThat(fiches).hasSize(DocxSamples.census().partnerships().size());
        assertThat(fiches.get(0).getText()).isEqualTo("Angers / Bamako");
        assertThat(docx.getParagraphs().stream().filter(p -> "ListBullet".equals(p.getStyle()))).hasSize(2);
        assertThat(docx.getParagraphs().get(0).getStyle()).isEqualTo("Title");
        assertThat(docx.getParagraphs().get(0).getText()).isEqualTo(document.title());
    }

    @Test
    void everyFrenchPartyAndEveryBudgetTextIsThere() {
        assertThat(text).contains("Aperçu général");
        for (Partnership p : DocxSamples.census().partnerships()) {
            assertThat(text).contains(normalised(DocxSamples.names(p.frenchParties())));
            for (Action a : p.actions()) {
                assertThat(text).as(p.id()).contains(normalised(a.budget().raw()));
            }
        }
    }

    @Test
    void forbiddenCharactersAreStrippedTheRestKept() {
        assertThat(text).contains(normalised(DocxSamples.HOSTILE_FITTED));
    }

    @Test
    void markedFichesAreGreenAsTheSourceMarkedThem() {
        long marked = DocxSamples.census().partnerships().stream().filter(DocxSamples::marked).count();
        assertThat(marked).isPositive();
        long markedHeadings = docx.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                .filter(p -> p.getRuns().stream().anyMatch(r -> "Marked".equals(r.getStyle()))).count();
        assertThat(markedHeadings).isEqualTo(marked);
        XWPFTable summary = docx.getTables().get(0);
        long markedRows = summary.getRows().stream().skip(1).filter(r -> r.getCell(1).getParagraphs().get(0)
                .getRuns().stream().anyMatch(run -> "Marked".equals(run.getStyle()))).count();
        assertThat(markedRows).isEqualTo(marked);
    }

    @Test
    void theTableOfContentsIsAFieldUpdatedOnOpening() {
        String body = docx.getDocument().getBody().xmlText();
        assertThat(body).contains("TOC \\o \"1-2\" \\h \\z \\u").contains("w:dirty=\"true\"")
                .contains("Table des matières à mettre à jour");
        assertThat(docx.isEnforcedUpdateFields()).isTrue();
    }

    @Test
    void theFooterHasTheTitleAndThePageNumberNotOnTheTitlePage() {
        CTSectPr section = docx.getDocument().getBody().getSectPr();
        assertThat(section.isSetTitlePg()).isTrue();
        XWPFFooter footer = docx.getHeaderFooterPolicy().getDefaultFooter();
        assertThat(footer.getText()).contains(document.title());
        assertThat(footer.getParagraphs().get(0).getCTP().xmlText()).contains(" PAGE ");
        assertThat(docx.getHeaderFooterPolicy().getFirstPageFooter().getText()).isBlank();
    }

    @Test
    void thePageIsA4WithMarginsOf25Centimetres() {
        CTSectPr section = docx.getDocument().getBody().getSectPr();
        assertThat(section.getPgSz().getW()).hasToString("11906");
        assertThat(section.getPgSz().getH()).hasToString("16838");
        assertThat(section.getPgMar().getLeft()).hasToString("1417");
        assertThat(section.getPgMar().getTop()).hasToString("1417");
    }

    @Test
    void headerRowsRepeatRowsDoNotSplitWidthsFollowTheDocument() {
        XWPFTable actions = docx.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Domaine"))
                .findFirst().orElseThrow();
        XWPFTableRow header = actions.getRow(0);
        assertThat(header.isRepeatHeader()).isTrue();
        assertThat(actions.getRows()).allMatch(XWPFTableRow::isCantSplitRow);
        assertThat(actions.getRow(1).isRepeatHeader()).isFalse();
        List<Integer> widths = actions.getCTTbl().getTblGrid().getGridColList().stream()
                .map(c -> ((java.math.BigInteger) c.getW()).intValue()).toList();
        assertThat(widths.stream().mapToInt(Integer::intValue).sum()).isEqualTo(DocxPage.TEXT_WIDTH);
        assertThat(widths.get(1)).isEqualTo(DocxPage.TEXT_WIDTH * 5 / 11);
        assertThat(header.getCell(0).getColor()).isEqualTo(DocxTables.HEADER_FILL);
        XWPFTable presentation = docx.getTables().stream()
                .filter(t -> t.getRow(0).getCell(0).getText().equals("Formalisation")).findFirst().orElseThrow();
        assertThat(presentation.getRow(0).getCell(0).getColor()).isEqualTo(DocxTables.LABEL_FILL);
        assertThat(presentation.getRow(0).getCell(1).getColor()).isNull();
    }

    @Test
    void theTotalRowIsBold() {
        XWPFTable donors = docx.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Donateur"))
                .findFirst().orElseThrow();
        XWPFTableRow total = donors.getRow(donors.getNumberOfRows() - 1);
        assertThat(total.getCell(0).getText()).isEqualTo("Total");
        assertThat(total.getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
        assertThat(donors.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isFalse();
    }

    @Test
    void onePicturePerFigureWithItsAltTextAndANumberedCaption() {
        List<Block.Figure> figures = document.blocks().stream().filter(Block.Figure.class::isInstance)
                .map(Block.Figure.class::cast).toList();
        assertThat(docx.getAllPictures().stream().filter(p -> p.getPictureTypeEnum() == PictureType.PNG))
                .hasSize(figures.size());
        List<String> descriptions = new ArrayList<>();
        for (XWPFParagraph p : docx.getParagraphs()) {
            for (CTR r : p.getCTP().getRList()) {
                if (r.sizeOfDrawingArray() > 0) {
                    CTInline inline = r.getDrawingArray(0).getInlineArray(0);
                    descriptions.add(inline.getDocPr().getDescr());
                    // 16 cm wide, in EMU.
                    assertThat(inline.getExtent().getCx()).isEqualTo(5_760_720L);
                }
            }
        }
        assertThat(descriptions).containsExactlyElementsOf(figures.stream().map(Block.Figure::alt).toList());
        List<XWPFParagraph> captions = docx.getParagraphs().stream().filter(p -> "Caption".equals(p.getStyle()))
                .filter(p -> p.getText().startsWith("Figure ")).toList();
        assertThat(captions).hasSize(figures.size());
        assertThat(captions.get(0).getText()).isEqualTo("Figure 1 : " + figures.get(0).caption());
        assertThat(captions.get(0).getCTP().xmlText()).contains("SEQ Figure");
        // The PNG is drawn at 300 dpi.
        assertThat(docx.getAllPictures().get(0).getData().length).isGreaterThan(20_000);
    }

    @Test
    void everyPictureHasItsChartAsSvgBesideItWithTextAsOutlinesAndNothingOutside() throws Exception {
        List<Block.Figure> figures = document.blocks().stream().filter(Block.Figure.class::isInstance)
                .map(Block.Figure.class::cast).toList();
        List<CTBlip> blips = new ArrayList<>();
        for (XWPFParagraph p : docx.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                r.getEmbeddedPictures().forEach(picture -> blips.add(picture.getCTPicture().getBlipFill().getBlip()));
            }
        }
        assertThat(blips).hasSize(figures.size());
        for (int i = 0; i < blips.size(); i++) {
            CTBlip blip = blips.get(i);
            String figure = figures.get(i).anchor();
            // The PNG stays the picture; the SVG is named by Word's extension.
            PackagePart png = related(blip.getEmbed());
            assertThat(png.getContentType()).as(figure).isEqualTo("image/png");
            assertThat(blip.getExtLst().getExtList()).as(figure).singleElement().satisfies(ext -> assertThat(
                    ext.getUri()).isEqualTo("{96DAC541-7B7A-43D3-8B79-37D633B846F1}"));
            String svgId;
            try (XmlCursor cursor = blip.getExtLst().getExtArray(0).newCursor()) {
                assertThat(cursor.toFirstChild()).as(figure).isTrue();
                assertThat(cursor.getName()).isEqualTo(new QName(
                        "http://schemas.microsoft.com/office/drawing/2016/SVG/main", "svgBlip"));
                svgId = cursor.getAttributeText(new QName(
                        "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "embed"));
            }
            PackagePart svgPart = related(svgId);
            assertThat(svgPart.getContentType()).as(figure).isEqualTo("image/svg+xml");
            assertThat(svgPart.getPartName().getExtension()).isEqualTo("svg");
            byte[] svg;
            try (var in = svgPart.getInputStream()) {
                svg = in.readAllBytes();
            }
            assertThat(svg.length).as(figure).isBetween(10_000, DocxFigures.MAX_SVG_BYTES);
            Element root = parseWithoutDtd(svg).getDocumentElement();
            assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            // The chart's own title, and its labels drawn as paths: no text for Word to set in another font.
            assertThat(root.getElementsByTagNameNS("*", "title").item(0).getTextContent()).as(figure)
                    .isEqualTo(figures.get(i).chart().get().getTitle().getText());
            assertThat(root.getElementsByTagNameNS("*", "text").getLength()).as(figure).isZero();
            assertThat(root.getElementsByTagNameNS("*", "path").getLength()).as(figure).isGreaterThan(10);
            // Nothing outside the file: no link, image, style sheet or font; only references to its own clip paths.
            String xml = new String(svg, StandardCharsets.UTF_8);
            assertThat(xml).as(figure).doesNotContain("href", "<image", "<style", "@font-face", "@import")
                    .doesNotContainPattern("url\\((?!#)");
        }
    }

    private static PackagePart related(String relationshipId) throws Exception {
        PackagePart main = docx.getPackagePart();
        return main.getRelatedPart(main.getRelationship(relationshipId));
    }

    private static Document parseWithoutDtd(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @Test
    void everyAnchorIsABookmarkAndInternalLinksPointAtOne() {
        Set<String> bookmarks = new HashSet<>();
        for (XWPFParagraph p : docx.getParagraphs()) {
            for (CTBookmark b : p.getCTP().getBookmarkStartList()) {
                bookmarks.add(b.getName());
            }
        }
        assertThat(bookmarks).contains("fiche_angers_bamako", "apercu", "avant_propos", "figure_regions");
        assertThat(bookmarks).allMatch(b -> b.length() <= 40 && b.matches("[A-Za-z][A-Za-z0-9_]*"));
        XWPFTable summary = docx.getTables().get(0);
        List<String> anchors = summary.getRows().stream().skip(1)
                .flatMap(r -> r.getCell(0).getParagraphs().get(0).getCTP().getHyperlinkList().stream())
                .map(CTHyperlink::getAnchor).collect(Collectors.toList());
        assertThat(anchors).hasSize(DocxSamples.census().partnerships().size());
        assertThat(bookmarks).containsAll(anchors);
        // The external link is a relationship.
        assertThat(docx.getHyperlinks()).anySatisfy(h -> assertThat(h.getURL())
                .isEqualTo("http://www.cites-unies-france.org/spip.php?article1826"));
    }

    @Test
    void theMainPartIsValidAgainstTheOoxmlSchema() throws Exception {
        // POI's schema types (poi-ooxml-lite) cover the main part; not the styles, whose table style types it lacks.
        byte[] main = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    main = zip.readAllBytes();
                }
            }
        }
        assertThat(main).isNotNull();
        List<XmlError> errors = new ArrayList<>();
        boolean valid = DocumentDocument.Factory.parse(new ByteArrayInputStream(main))
                .validate(new XmlOptions().setErrorListener(errors));
        assertThat(errors).isEmpty();
        assertThat(valid).isTrue();
    }

    @Test
    void thePropertiesNameTheEdition() {
        var core = docx.getProperties().getCoreProperties();
        assertThat(core.getTitle()).isEqualTo(document.title());
        assertThat(core.getCreator()).isEqualTo(document.publisher());
        assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("fr-FR");
    }
}
