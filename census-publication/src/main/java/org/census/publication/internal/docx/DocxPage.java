package org.census.publication.internal.docx;

import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.census.publication.internal.document.EditionDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * What is not content: the page (A4 portrait, 2.5 cm margins: a 16 cm text column, the width the charts are drawn
 * at), the footer (the title, then the page number; none on the title page), the fields updated on opening, the
 * language and the document's properties.
 */
final class DocxPage {
    /** A4 in twentieths of a point. */
    static final int WIDTH = 11906;
    static final int HEIGHT = 16838;
    /** 2.5 cm. */
    static final int MARGIN = 1417;
    static final int TEXT_WIDTH = WIDTH - 2 * MARGIN;
    static final int TEXT_HEIGHT = HEIGHT - 2 * MARGIN;

    private DocxPage() {
    }

    static void setUp(XWPFDocument docx, EditionDocument document, DocxLabels labels) {
        CTBody body = docx.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(WIDTH));
        size.setH(BigInteger.valueOf(HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setHeader(BigInteger.valueOf(709));
        margins.setFooter(BigInteger.valueOf(709));
        margins.setGutter(BigInteger.ZERO);

        footer(docx, document.title(), labels);
        // The title page has a footer of its own, empty.
        docx.createFooter(HeaderFooterType.FIRST).createParagraph();
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
        // Word updates the table of contents, the figure numbers and the page numbers when the document opens.
        docx.enforceUpdateFields();
        language(docx, document.locale());
        properties(docx.getProperties(), document);
    }

    private static void footer(XWPFDocument docx, String title, DocxLabels labels) {
        XWPFFooter footer = docx.createFooter(HeaderFooterType.DEFAULT);
        CTP paragraph = footer.createParagraph().getCTP();
        paragraph.addNewPPr().addNewPStyle().setVal(DocxStyles.FOOTER);
        DocxRuns.plain(paragraph, title + "\t" + labels.get("footer.page"));
        DocxFields.write(paragraph, DocxFields.PAGE, "1");
    }

    /** The language of spelling and hyphenation: the edition's ("fr-FR", "en-GB"). */
    static String languageTag(Locale locale) {
        if (!locale.getCountry().isEmpty()) {
            return locale.toLanguageTag();
        }
        return "fr".equals(locale.getLanguage()) ? "fr-FR" : "en-GB";
    }

    private static void language(XWPFDocument docx, Locale locale) {
        var defaults = docx.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
        defaults.getLangArray(0).setVal(languageTag(locale));
    }

    private static void properties(POIXMLProperties properties, EditionDocument document) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(XmlText.fit(document.title()));
        core.setCreator(XmlText.fit(document.publisher()));
        Date date = Date.from(document.date().atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.getUnderlyingProperties().setLanguageProperty(languageTag(document.locale()));
        properties.getExtendedProperties().setApplication("census");
    }
}
