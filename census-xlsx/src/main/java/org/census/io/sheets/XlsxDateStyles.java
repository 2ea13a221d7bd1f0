package org.census.io.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;

import org.census.CensusFormatException;
import org.census.Location;
import org.census.internal.Messages;
import org.census.io.xlsx.internal.XmlPartReader;

/**
 * Which cell styles of an xlsx workbook show a number as a date: a cell's {@code s} attribute is an index into the
 * {@code cellXfs} of styles.xml, whose {@code numFmtId} is a built-in format (14-22 and 45-47 are dates and times) or
 * one of the workbook's own {@code numFmt} codes, read as POI reads them (d, m, y, h, s outside quotes and brackets).
 */
final class XlsxDateStyles {
    /** Excel's own limit on cell formats is 64,000; more styles than this are refused. */
    static final int MAX_STYLES = 65_536;
    /** Excel's limit on a format code is 255 characters; a longer one is read as no date. */
    private static final int MAX_FORMAT_CODE = 1_000;
    private static final String PART = "xl/styles.xml";

    private final BitSet dates;

    private XlsxDateStyles(BitSet dates) {
        this.dates = dates;
    }

    static final XlsxDateStyles NONE = new XlsxDateStyles(new BitSet());

    boolean isDate(int style) {
        return style >= 0 && dates.get(style);
    }

    /** The date styles of the part, which it closes; none for a workbook without one. */
    static XlsxDateStyles read(Optional<InputStream> part, String source) {
        if (part.isEmpty()) {
            return NONE;
        }
        Location where = Location.part(PART);
        try (InputStream in = part.get()) {
            XMLStreamReader xml = XmlPartReader.open(in, source, where);
            try {
                return new XlsxDateStyles(read(xml, source, where));
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | com.fasterxml.aalto.UncheckedStreamException e) {
            throw new CensusFormatException(source, where, "broken styles XML: "
                    + Messages.cut(Messages.firstLine(e), 200));
        } catch (IOException e) {
            throw new CensusFormatException(source, where, "cannot read the styles: "
                    + Messages.cut(Messages.firstLine(e), 200), e);
        }
    }

    private static BitSet read(XMLStreamReader xml, String source, Location where) throws XMLStreamException {
        Map<Integer, String> codes = new HashMap<>();
        BitSet dates = new BitSet();
        boolean inCellXfs = false;
        int xf = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(xml.getLocalName())) {
                // cellXfs come after numFmts: nothing further says which cells are dates.
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "numFmt" -> {
                    if (codes.size() == MAX_STYLES) {
                        throw tooMany(source, where);
                    }
                    String code = xml.getAttributeValue(null, "formatCode");
                    int id = id(xml.getAttributeValue(null, "numFmtId"));
                    if (code != null && id >= 0) {
                        codes.put(id, code.length() > MAX_FORMAT_CODE ? "General" : code);
                    }
                }
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (!inCellXfs) {
                        continue;
                    }
                    if (xf == MAX_STYLES) {
                        throw tooMany(source, where);
                    }
                    int id = id(xml.getAttributeValue(null, "numFmtId"));
                    // POI knows the built-in date formats (14-22, 45-47) by their id alone.
                    if (id >= 0 && DateUtil.isADateFormat(id, codes.getOrDefault(id, "General"))) {
                        dates.set(xf);
                    }
                    xf++;
                }
                default -> { }
            }
        }
        return dates;
    }

    private static int id(String text) {
        if (text == null) {
            return 0;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static CensusFormatException tooMany(String source, Location where) {
        return new CensusFormatException(source, where, String.format(Locale.ROOT, "more than %,d cell styles or "
                + "number formats, the most read here", MAX_STYLES));
    }
}
