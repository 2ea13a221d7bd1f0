package org.census.io.xlsx;

import org.census.io.internal.CellText;
import javax.xml.stream.XMLInputFactory;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Every limit put on untrusted workbooks, in one place. POI's zip limits are process-wide settings of
 * {@link ZipSecureFile}; they are set here, once, when this class is first used by a reader.
 *
 * <ul>
 * <li>{@value #MIN_INFLATE_RATIO}: an entry that inflates more than 200 times its compressed size is refused (a zip
 * bomb). A census sheet of a million repetitive rows inflates about 10 to 30 times.</li>
 * <li>{@value #MAX_ENTRY_SIZE} bytes: the largest part inflated (a 1,000,000-row actions sheet is about 500 MB).</li>
 * <li>{@value #MAX_INPUT_SIZE} bytes: the largest workbook file read.</li>
 * <li>{@link CellText#MAX_CELL_LENGTH} characters in a cell, as in Excel: a longer cell is refused as soon as it
 * passes the limit, without being held.</li>
 * <li>XML: no DTD, no external entity, in every part (POI's own parser for the package parts, and
 * {@link #xmlInputFactory()} for the sheets).</li>
 * </ul>
 */
final class XlsxLimits {
    static final double MIN_INFLATE_RATIO = 0.005;
    static final long MAX_ENTRY_SIZE = 2L * 1024 * 1024 * 1024;
    static final long MAX_INPUT_SIZE = 1024L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    private static final XMLInputFactory XML = xml();

    private XlsxLimits() {
    }

    /** Makes sure the static settings above are in force. */
    static void apply() {
        // Loading the class ran the static initialiser.
    }

    private static XMLInputFactory xml() {
        XMLInputFactory f = new com.fasterxml.aalto.stax.InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    /** A StAX factory that reads no DTD and resolves no entity: the sheet parts are untrusted. */
    static XMLInputFactory xmlInputFactory() {
        return XML;
    }
}
