package org.census.io.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

import org.census.CensusFormatException;
import org.census.Location;
import org.census.internal.Messages;
import org.census.io.table.spi.SheetBook;
import org.census.io.table.spi.SheetLimits;
import org.census.io.table.spi.SheetVisitor;
import org.census.io.xlsx.internal.XlsxLimits;
import org.census.io.xlsx.internal.XlsxZip;
import org.census.io.xlsx.internal.XmlPartReader;

/**
 * An ods file opened for {@link OdsSheetFormat}: copied to a temporary file, its zip checked as an xlsx's is
 * ({@link XlsxLimits#TABLES}), its sheets' names read by a first pass over content.xml. Each sheet read streams
 * content.xml again.
 */
final class OdsSheetBook implements SheetBook {
    static final String CONTENT = "content.xml";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    private final String source;
    private final Path copy;
    private final XlsxZip zip;
    private final List<String> names;

    private OdsSheetBook(String source, Path copy, XlsxZip zip, List<String> names) {
        this.source = source;
        this.copy = copy;
        this.zip = zip;
        this.names = names;
    }

    static OdsSheetBook open(InputStream in, String source) {
        Path copy = SpreadsheetCopy.of(in, source, XlsxLimits.TABLES.fileBytes(), "spreadsheet");
        XlsxZip zip = null;
        try {
            zip = XlsxZip.openZip(copy, source, XlsxLimits.TABLES);
            OdsSheetBook book = new OdsSheetBook(source, copy, zip, List.of());
            return new OdsSheetBook(source, copy, zip, SheetNames.bounded(book.readNames(), source));
        } catch (RuntimeException | Error e) {
            SpreadsheetCopy.close(zip, copy);
            throw e;
        }
    }

    /** The names of the tables of the spreadsheet, in order; those nested in a cell's drawings are no sheets. */
    private List<String> readNames() {
        List<String> found = new ArrayList<>();
        pass(xml -> {
            int depth = 0;
            int tableDepth = -1;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (tableDepth < 0 && "table".equals(xml.getLocalName()) && TABLE.equals(xml.getNamespaceURI())) {
                        if (found.size() == SheetLimits.MAX_SHEETS) {
                            throw SheetNames.tooMany(source);
                        }
                        String name = xml.getAttributeValue(TABLE, "name");
                        found.add(name == null ? "Sheet" + (found.size() + 1) : name);
                        tableDepth = depth;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth-- == tableDepth) {
                        tableDepth = -1;
                    }
                }
            }
        });
        return found;
    }

    interface ContentPass {
        void run(XMLStreamReader xml) throws XMLStreamException;
    }

    /** Runs a pass over content.xml, whose failures it reports in one line naming the part. */
    void pass(ContentPass pass) {
        Location where = Location.part(CONTENT);
        ZipArchiveEntry entry = zip.getEntry(CONTENT);
        if (entry == null) {
            throw new CensusFormatException(source, Location.NONE, "an OpenDocument file without content.xml");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = XmlPartReader.open(in, source, where);
            try {
                pass.run(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | com.fasterxml.aalto.UncheckedStreamException e) {
            throw new CensusFormatException(source, where, "broken XML: " + Messages.cut(Messages.firstLine(e),
                    200));
        } catch (IOException e) {
            throw new CensusFormatException(source, where, "cannot read it: " + Messages.cut(Messages.firstLine(e),
                    200), e);
        }
    }

    @Override
    public List<String> sheetNames() {
        return names;
    }

    @Override
    public void read(String sheet, SheetVisitor visitor) {
        int index = names.indexOf(sheet);
        if (index < 0) {
            throw SheetNames.noSuchSheet(source, sheet, names);
        }
        new OdsSheetReader(this, source, sheet, index).read(visitor);
    }

    @Override
    public void close() {
        SpreadsheetCopy.close(zip, copy);
    }
}
