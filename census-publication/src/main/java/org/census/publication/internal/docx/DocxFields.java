package org.census.publication.internal.docx;

import java.util.function.Supplier;

import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Word fields, written as complex fields (begin, instruction, separate, result, end), the form Word itself writes and
 * LibreOffice reads best. The result is what shows until the field is updated: the table of contents' entries, the
 * figure's number, a page number. A field marked dirty is updated by Word when the document opens. The runs come from
 * a supplier because a field may sit in a paragraph or inside a hyperlink.
 */
final class DocxFields {
    /** Headings 1 and 2, with hyperlinks, without page numbers in web view, keeping outline levels of the styles. */
    static final String TABLE_OF_CONTENTS = "TOC \\o \"1-2\" \\h \\z \\u";
    static final String PAGE = "PAGE";
    static final String FIGURE_NUMBER = "SEQ Figure \\* ARABIC";

    private DocxFields() {
    }

    static void write(CTP paragraph, String instruction, String result) {
        write(paragraph::addNewR, instruction, result);
    }

    static void write(Supplier<CTR> runs, String instruction, String result) {
        begin(runs, instruction, false);
        DocxRuns.plain(runs.get(), result);
        end(runs);
    }

    /** The field's beginning, its instruction and the separator: the result follows, then {@link #end}. */
    static void begin(Supplier<CTR> runs, String instruction, boolean dirty) {
        CTFldChar begin = runs.get().addNewFldChar();
        begin.setFldCharType(STFldCharType.BEGIN);
        if (dirty) {
            begin.setDirty(Boolean.TRUE);
        }
        CTText instr = runs.get().addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(SpaceAttribute.Space.PRESERVE);
        runs.get().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    static void end(Supplier<CTR> runs) {
        runs.get().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
