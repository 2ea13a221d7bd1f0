package org.census.io.xlsx.internal;

import java.util.Objects;
import java.util.Optional;

/**
 * Every limit put on untrusted workbooks, in one place. A reader passes its limits to {@link XlsxZip#open}, which
 * enforces them on that reader's file only: census never changes Apache POI's process-wide settings
 * ({@code ZipSecureFile.set*}), so an application that embeds census keeps its own.
 *
 * <p>For every reader, checked on the zip's directory before any part is inflated:
 * <ul>
 * <li>a part that inflates more than {@value #INFLATE_RATIO} times its compressed size is refused (a zip bomb), unless
 * it inflates to less than {@value #RATIO_GRACE_BYTES} bytes; a census sheet of a million repetitive rows inflates 8
 * to 13 times;</li>
 * <li>{@link #fileBytes()}, {@link #entries()}, {@link #entryBytes()} and {@link #totalBytes()} below;</li>
 * <li>two entries of one name (ignoring case) are refused: readers that take the first and those that take the last
 * would disagree;</li>
 * <li>entries that share bytes (overlapping entries, from which a small file inflates many times) are refused;</li>
 * <li>while a part is read, it may not inflate beyond the size the directory declares (a forged directory), and once
 * read to its end its bytes must match the CRC-32 the directory declares.</li>
 * </ul>
 * XML: no DTD, no external entity, in every part; at most {@value #XML_ATTRIBUTES} attributes an element in each part
 * census parses. Worksheets and shared strings are read by {@link SpreadsheetMlReader}, which also bounds the nesting
 * ({@value #XML_DEPTH}), names ({@value #XML_NAME_BYTES} bytes) and the start tags whose attributes it reads
 * ({@value #XML_TAG_BYTES} bytes); the other parts by StAX ({@link XmlPartReader}), which also bounds the distinct
 * names ({@value #XML_NAMES}), whose cost grows in its parser. A cell longer than
 * {@link org.census.io.internal.CellText#MAX_CELL_LENGTH} characters is refused by the streamed reader as soon as it
 * passes the limit; so is a shared string, and {@link #SHARED_STRINGS} and {@link #SHARED_STRING_CHARS} bound them
 * all. The parts POI reads whole are bounded together by {@link #WHOLE_PARTS_BYTES}.
 *
 * @param fileBytes   the largest workbook file read
 * @param entries     the most entries (parts and folders) in its zip
 * @param entryBytes  the largest part, inflated
 * @param totalBytes  all parts together, inflated: what reading the whole workbook may cost
 * @param objectModel for a reader that builds POI's full object model: what the workbook may hold, counted before
 *                    the model is built; empty for a streamed reader, whose memory does not grow with the workbook
 */
public record XlsxLimits(long fileBytes, int entries, long entryBytes, long totalBytes,
                         Optional<ObjectModel> objectModel) {
    /** A part may inflate at most this many times its compressed size. */
    public static final int INFLATE_RATIO = 200;
    /** A part that inflates to fewer bytes than this is not held to {@link #INFLATE_RATIO}. */
    public static final long RATIO_GRACE_BYTES = 100 * 1024;

    private static final long MB = 1024 * 1024;

    /**
     * The most distinct XML element, attribute and namespace-prefix names a part may use: the parser's cost for each
     * new name grows with the names it holds (a sheet uses about 20; Excel's parts, with their extensions, under
     * 100).
     */
    public static final int XML_NAMES = 1_000;
    /**
     * The parts POI reads whole into memory, together, inflated: [Content_Types].xml, every relationships part and the
     * core properties (read as the package is opened), and the workbook part (read for its list of sheets). A
     * census workbook's are 5 KB; a workbook of a thousand parts, about 300 KB. Beyond, POI's trees of them would
     * outgrow a small heap (300,000 content-type overrides, 30 MB, took 1.6 to 3 GB).
     */
    public static final long WHOLE_PARTS_BYTES = 4 * 1024 * 1024;

    /**
     * The most shared strings a workbook may have, held for lookup. Census writes inline strings; the generated census
     * of 1,000,000 action rows, saved by a spreadsheet, would have 105,552 distinct strings (of 10.3 million text
     * cells) and 667,403 characters.
     */
    public static final int SHARED_STRINGS = 1_000_000;
    /** The most characters all shared strings may have together: held as 2 bytes each, 32 MB at most. */
    public static final long SHARED_STRING_CHARS = 16_000_000;

    /**
     * The most attributes of one element (a cell has 2 or 3), counted on the bytes as '=' signs inside a tag and outside
     * its quoted values; texts and values may hold any number of '='.
     */
    public static final int XML_ATTRIBUTES = 10_000;

    /**
     * The most elements nested in one another in a part {@link SpreadsheetMlReader} reads (a sheet nests 7 in its
     * cells, about 12 in its extensions).
     */
    public static final int XML_DEPTH = 100;
    /** The longest element or attribute name, in bytes, {@link SpreadsheetMlReader} reads (a sheet's are under 40). */
    public static final int XML_NAME_BYTES = 1024;
    /**
     * The longest start tag, in bytes, of an element whose attributes {@link SpreadsheetMlReader} reads (a cell, a
     * row, a merged region: under 200 bytes); the start tags of the other elements are streamed, however long.
     */
    public static final int XML_TAG_BYTES = 64 * 1024;

    /**
     * The tables layout, read as a stream: sheets of a million rows (a 1,000,000-row actions sheet is about 600 MB
     * inflated, the whole workbook 850 MB, in a file of 100 MB).
     */
    public static final XlsxLimits TABLES = new XlsxLimits(1024 * MB, 1_000, 2048 * MB, 4096 * MB,
            Optional.empty());

    /**
     * A questionnaire, read into POI's full object model, whose memory grows with the workbook (a 181 KB workbook of
     * 225,000 cells once took 72 s and 2 GB). A filled questionnaire is about 10 KB (30 KB inflated, 111 rows, 2,700
     * XML elements and attributes): these leave room for a hundred times that, and for a pasted picture, and the
     * largest workbooks they let through (80,000 cells, or 120,000 shared strings) read within {@code -Xmx128m}.
     */
    public static final XlsxLimits QUESTIONNAIRE = new XlsxLimits(10 * MB, 100, 5 * MB, 10 * MB,
            Optional.of(new ObjectModel(10_000, 250_000, 100)));

    /**
     * What a workbook may hold before POI builds its full object model, counted by a streamed pass over its parts.
     *
     * @param rows     worksheet rows, all sheets together
     * @param xmlNodes XML elements and attributes, all parts together: what the object model is made of
     * @param depth    XML elements nested in one another, in any part: POI's parsers recurse into them, and a part of
     *                 a few thousand levels overflowed the stack (an Office part nests some 20 levels at most)
     */
    public record ObjectModel(int rows, int xmlNodes, int depth) {
        public ObjectModel {
            if (rows < 1 || xmlNodes < 1 || depth < 1) {
                throw new IllegalArgumentException("limits must be positive: " + rows + " rows, " + xmlNodes
                        + " XML nodes, " + depth + " levels");
            }
        }
    }

    public XlsxLimits {
        Objects.requireNonNull(objectModel, "objectModel");
        if (fileBytes < 1 || entries < 1 || entryBytes < 1 || totalBytes < entryBytes) {
            throw new IllegalArgumentException("limits must be positive, and a part no larger than the whole: "
                    + fileBytes + ", " + entries + ", " + entryBytes + ", " + totalBytes);
        }
    }
}
