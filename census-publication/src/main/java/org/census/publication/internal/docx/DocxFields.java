package org.census.publication.internal.docx;

import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Word fields, written as complex fields (begin, instruction, separate, result, end), the form Word itself writes and
 * LibreOffice reads best. The result is what shows until the field is updated: the placeholder of the table of
 * contents, the figure's number, a page number. A field marked dirty is updated by Word when the document opens.
 */
final class DocxFields {
    /** Headings 1 and 2, with hyperlinks, without page numbers in web view, keeping outline levels of the styles. */
    static final String TABLE_OF_CONTENTS = "TOC \\o \"1-2\" \\h \\z \\u";
    static final String PAGE = "PAGE";
    static final String FIGURE_NUMBER = "SEQ Figure \\* ARABIC";

    private DocxFields() {
    }

    static void write(CTP paragraph, String instruction, String result, boolean dirty) {
        CTFldChar begin = paragraph.addNewR().addNewFldChar();
        begin.setFldCharType(STFldCharType.BEGIN);
        if (dirty) {
            begin.setDirty(Boolean.TRUE);
        }
        CTText instr = paragraph.addNewR().addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(SpaceAttribute.Space.PRESERVE);
        paragraph.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        CTR value = paragraph.addNewR();
        CTText text = value.addNewT();
        text.setStringValue(XmlText.fit(result));
        text.setSpace(SpaceAttribute.Space.PRESERVE);
        paragraph.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
