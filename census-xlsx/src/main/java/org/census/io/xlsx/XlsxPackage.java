package org.census.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;

import org.census.CensusException;
import org.census.CensusFormatException;
import org.census.CensusIOException;
import org.census.Location;
import org.census.io.xlsx.internal.ExcelDateSystem;
import org.census.io.xlsx.internal.XlsxLimits;
import org.census.io.xlsx.internal.XlsxZip;
import org.census.io.xlsx.internal.XmlPartReader;
import org.census.internal.Messages;
import org.census.internal.TempFiles;

/**
 * An xlsx workbook opened for reading only. The input stream is copied to a temporary file first: a zip needs random
 * access, POI would otherwise hold the whole package in memory, and the caller's file is never opened for writing
 * (POI rewrites a file it opened read-write when it is closed). Public for the sheet readers of
 * {@code org.census.io.sheets}, in this module only (the package is not exported).
 */
public final class XlsxPackage implements AutoCloseable {
    private final String source;
    private final Path copy;
    private final OPCPackage pkg;
    private final Map<String, PackagePart> sheets = new LinkedHashMap<>();
    /** The sheets' names in the workbook's order, a name given twice included (the map keeps one). */
    private final List<String> sheetNames = new ArrayList<>();
    private final SharedStrings strings;
    private final ExcelDateSystem dates;
    private final Optional<PackagePart> styles;
    private final UncomputedFormulas uncomputed;

    private XlsxPackage(String source, Path copy, OPCPackage pkg) throws IOException, OpenXML4JException,
            SAXException {
        this.source = source;
        this.uncomputed = new UncomputedFormulas(source);
        this.copy = copy;
        this.pkg = pkg;
        XSSFReader reader = new XSSFReader(pkg);
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream ignored = it.next()) {
                sheets.put(it.getSheetName(), it.getSheetPart());
                sheetNames.add(it.getSheetName());
            }
        }
        // Found as POI finds it, by its content type; read only if a cell asks for a string.
        strings = new SharedStrings(pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType()).stream()
                .findFirst(), source);
        styles = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType()).stream().findFirst();
        try (InputStream workbook = reader.getWorkbookData()) {
            dates = dateSystem(workbook, source);
        }
    }

    /**
     * The workbook's date system: {@code <workbookPr date1904="1"/>} (or "true"), which comes before the list of
     * sheets, makes serial numbers count from 1904.
     */
    private static ExcelDateSystem dateSystem(InputStream workbook, String source) {
        try {
            XMLStreamReader xml = XmlPartReader.open(workbook, source, Location.part("xl/workbook.xml"));
            try {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if ("workbookPr".equals(xml.getLocalName())) {
                        String v = xml.getAttributeValue(null, "date1904");
                        return ExcelDateSystem.of("1".equals(v) || "true".equals(v));
                    }
                    if ("sheets".equals(xml.getLocalName())) {
                        break;
                    }
                }
                return ExcelDateSystem.DAYS_FROM_1900;
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | com.fasterxml.aalto.UncheckedStreamException e) {
            throw new CensusFormatException(source, Location.part("xl/workbook.xml"), "broken workbook XML: "
                    + Messages.cut(Messages.firstLine(e), 200));
        }
    }

    /** Copies {@code in} to a temporary file and opens it under {@link XlsxLimits#TABLES}. */
    public static XlsxPackage open(InputStream in, String source) {
        Path copy = null;
        OPCPackage pkg = null;
        try {
            copy = CensusIOException.call(source + ": cannot read", () -> TempFiles.createFile("census-read",
                    ".xlsx"));
            Path target = copy;
            // A stream that fails is the stream's fault (CensusIOException), not the workbook's.
            CensusIOException.run(source + ": cannot read", () -> copyBounded(in, target, source));
            pkg = XlsxZip.open(copy, source, XlsxLimits.TABLES);
            return new XlsxPackage(source, copy, pkg);
        } catch (CensusException e) {
            cleanUp(pkg, copy);
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | POIXMLException | OpenXML4JRuntimeException
                 | RecordFormatException | IllegalArgumentException | IllegalStateException e) {
            cleanUp(pkg, copy);
            throw XlsxZip.unreadable(source, e);
        } catch (RuntimeException | Error e) {
            cleanUp(pkg, copy);
            throw e;
        }
    }

    private static void copyBounded(InputStream in, Path copy, String source) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(copy)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > XlsxLimits.TABLES.fileBytes()) {
                    throw new CensusFormatException(source, Location.NONE,
                            "larger than " + XlsxLimits.TABLES.fileBytes()
                            + " bytes, the largest workbook read; convert it to JSON by parts");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private static void cleanUp(OPCPackage pkg, Path copy) {
        if (pkg != null) {
            pkg.revert();
        }
        if (copy != null) {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException ignored) {
                // A temporary file left behind is all that is lost.
            }
        }
    }

    public String source() {
        return source;
    }

    /** Reports, one warning a cell, the formulas without a computed value that the sheets read so far held. */
    void reportUncomputed(java.util.function.Consumer<String> warnings) {
        uncomputed.report(warnings);
    }

    Optional<SheetCursor> sheet(String name) {
        return sheetPart(name).map(in -> new SheetCursor(in, source, name, strings, dates)
                .reportingUncomputed(uncomputed));
    }

    SheetCursor requireSheet(String name) {
        return sheet(name).orElseThrow(() -> new CensusFormatException(source, Location.sheet(name),
                "no sheet named \"" + name
                + "\"; the workbook has " + sheets.keySet()));
    }

    public List<String> sheetNames() {
        return List.copyOf(sheetNames);
    }

    /**
     * The worksheet part's inflated bytes, held to its declared size and checksum; empty if no sheet has that name.
     * The caller closes it.
     */
    public Optional<InputStream> sheetPart(String name) {
        PackagePart part = sheets.get(name);
        if (part == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(part.getInputStream());
        } catch (IOException e) {
            throw new CensusFormatException(source, Location.sheet(name),
                    "cannot read the sheet: " + Messages.cut(Messages.firstLine(e), 200), e);
        }
    }

    /** The styles part (styles.xml), which says which cells show dates; the caller closes it. */
    public Optional<InputStream> stylesPart() {
        if (styles.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(styles.get().getInputStream());
        } catch (IOException e) {
            throw new CensusFormatException(source, Location.part(styles.get().getPartName().getName().substring(1)),
                    "cannot read the styles: " + Messages.cut(Messages.firstLine(e), 200), e);
        }
    }

    /** The string at {@code index} of the shared strings, raw (with its {@code _xHHHH_} escapes). */
    public Optional<String> sharedString(int index) {
        return strings.get(index);
    }

    public int sharedStringCount() {
        return strings.count();
    }

    public ExcelDateSystem dateSystem() {
        return dates;
    }

    @Override
    public void close() {
        cleanUp(pkg, copy);
    }

}
