package org.census.io.xlsx.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.util.RecordFormatException;

import org.census.CensusFormatException;
import org.census.Location;
import org.census.internal.Messages;

/**
 * Opens a workbook's zip for POI under census's own {@link XlsxLimits}, for every xlsx reader: the directory is
 * checked before any part is inflated, and POI reads each part through a stream that stops at the size the
 * directory declared. POI's own zip-bomb checks, which read process-wide settings, are not used: POI is handed this
 * zip as a {@link org.apache.poi.openxml4j.util.ZipEntrySource}, which it reads as it is.
 */
public final class XlsxZip extends ZipFileZipEntrySource {
    private final String source;
    /** While POI opens the package, the parts it reads are those it reads whole: they share one budget. */
    private boolean opening;
    private long wholeBytesLeft = XlsxLimits.WHOLE_PARTS_BYTES;

    private XlsxZip(ZipFile zip, String source) {
        super(zip);
        this.source = source;
    }

    /**
     * Opens the workbook {@code file} read-only, under {@code limits}; {@code source} names it in errors.
     *
     * @throws CensusFormatException if it is no readable zip, or exceeds a limit (naming the part)
     */
    public static OPCPackage open(Path file, String source, XlsxLimits limits) {
        ZipFile zip = null;
        try {
            zip = checkedZip(file, source, limits, "an xlsx workbook");
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            XlsxZip parts = new XlsxZip(zip, source);
            if (limits.objectModel().isPresent()) {
                parts.countObjectModel(entries, limits.objectModel().get());
            }
            parts.opening = true;
            OPCPackage pkg = OPCPackage.open(parts);
            parts.opening = false;
            parts.requireWorkbookWithinBudget(pkg);
            return pkg;
        } catch (CensusFormatException e) {
            ZipFile.closeQuietly(zip);
            throw e;
        } catch (NotOfficeXmlFileException e) {
            ZipFile.closeQuietly(zip);
            throw new CensusFormatException(source, Location.NONE,
                    "not an xlsx workbook (" + Messages.cut(Messages.firstLine(e), REASON_LENGTH) + ")");
        } catch (IOException | OpenXML4JException | POIXMLException | OpenXML4JRuntimeException
                 | RecordFormatException | IllegalArgumentException | IllegalStateException e) {
            ZipFile.closeQuietly(zip);
            // The file may be a private copy: where a message names it, it names the source instead.
            CensusFormatException unreadable = unreadable(source, e);
            throw new CensusFormatException(source, unreadable.location(), unreadable.problem()
                    .replace(file.toString(), source), e);
        }
    }

    /**
     * Opens a zip that is no Office package (an OpenDocument spreadsheet) under the same checks of its directory,
     * read-only; its parts are read with {@link #getEntry} and {@link #getInputStream}, held to their declared size
     * and checksum. The caller closes it.
     *
     * @throws CensusFormatException if it is no readable zip, or exceeds a limit (naming the part)
     */
    public static XlsxZip openZip(Path file, String source, XlsxLimits limits) {
        try {
            return new XlsxZip(checkedZip(file, source, limits, "a zip"), source);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            CensusFormatException unreadable = unreadable(source, e, "zip");
            throw new CensusFormatException(source, unreadable.location(), unreadable.problem()
                    .replace(file.toString(), source), e);
        }
    }

    /** The zip, once what its directory alone tells is within {@code limits}; closed if not. */
    private static ZipFile checkedZip(Path file, String source, XlsxLimits limits, String kind) throws IOException {
        long size = Files.size(file);
        if (size > limits.fileBytes()) {
            throw new CensusFormatException(source, Location.NONE, String.format(Locale.ROOT, "%,d bytes, larger "
                    + "than the %,d bytes of the largest workbook read here", size, limits.fileBytes()));
        }
        requireEndOfCentralDirectory(file, source, kind);
        ZipFile zip = ZipFile.builder().setPath(file).get();
        try {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            checkDirectory(entries, source, limits);
            requireNoOverlap(file, entries, source);
            return zip;
        } catch (IOException | RuntimeException e) {
            ZipFile.closeQuietly(zip);
            throw e;
        }
    }

    /** The most of what POI or the zip library says that a message quotes: some quote the file's content. */
    private static final int REASON_LENGTH = 200;

    /**
     * What POI or the zip library threw, as a one-line error, from the innermost cause that says something
     * ("Duplicate entry ...", "Truncated ZIP file").
     */
    public static CensusFormatException unreadable(String source, Throwable e) {
        return unreadable(source, e, "xlsx workbook");
    }

    private static CensusFormatException unreadable(String source, Throwable e, String kind) {
        String reason = Messages.firstLine(e);
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof CensusFormatException refused) {
                // A limit of ours, passed through POI, which wrapped it.
                return refused;
            }
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                reason = Messages.firstLine(c);
            }
        }
        return new CensusFormatException(source, Location.NONE, "not a readable " + kind + ": "
                + Messages.cut(reason, REASON_LENGTH), e);
    }


    /**
     * A zip file ends with its "end of central directory" record, within the last 65,557 bytes (22 bytes and a
     * comment of at most 65,535). A file cut short or that is no zip lacks it: say so at once, before the zip
     * library searches and fails less clearly.
     */
    private static void requireEndOfCentralDirectory(Path file, String source, String kind) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int tail = (int) Math.min(size, 22 + 65_535);
            ByteBuffer buffer = ByteBuffer.allocate(tail);
            channel.read(buffer, size - tail);
            byte[] b = buffer.array();
            for (int i = tail - 22; i >= 0; i--) {
                if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                    return;
                }
            }
        }
        throw new CensusFormatException(source, Location.NONE,
                "not " + kind + ": no zip directory at its end (the file is "
                + "cut short, or is not a zip)");
    }

    /** The limits that the directory alone can tell, before anything is inflated. */
    private static void checkDirectory(List<ZipArchiveEntry> entries, String source, XlsxLimits limits) {
        if (entries.size() > limits.entries()) {
            throw new CensusFormatException(source, Location.NONE, String.format(Locale.ROOT,
                    "%,d zip entries, more than the "
                    + "%,d a workbook may have here", entries.size(), limits.entries()));
        }
        Set<String> names = new HashSet<>();
        long total = 0;
        for (ZipArchiveEntry e : entries) {
            String name = e.getName();
            if (name == null || name.isEmpty()) {
                throw new CensusFormatException(source, Location.NONE, "a zip entry has no name");
            }
            // POI finds parts ignoring case and either slash: two such names would be one part read two ways.
            if (!names.add(name.replace('\\', '/').toLowerCase(Locale.ROOT))) {
                throw new CensusFormatException(source, Location.part(name), "more than 1 entry with the name "
                        + Messages.cut(name, 100));
            }
            if (e.getSize() < 0 || e.getCompressedSize() < 0) {
                throw new CensusFormatException(source, Location.part(name),
                        "the zip directory gives no size for this part");
            }
            total += e.getSize();
        }
        if (total > limits.totalBytes()) {
            throw new CensusFormatException(source, Location.NONE, String.format(Locale.ROOT,
                    "the parts inflate to more than "
                    + "%,d bytes together, the most a workbook may here", limits.totalBytes()));
        }
        for (ZipArchiveEntry e : entries) {
            long size = e.getSize();
            long packed = e.getCompressedSize();
            if (size > limits.entryBytes()) {
                throw new CensusFormatException(source, Location.part(e.getName()), String.format(Locale.ROOT,
                        "inflates to %,d "
                        + "bytes, more than the %,d a part may here", size, limits.entryBytes()));
            }
            if (size >= XlsxLimits.RATIO_GRACE_BYTES && size > packed * XlsxLimits.INFLATE_RATIO) {
                throw new CensusFormatException(source, Location.part(e.getName()), String.format(Locale.ROOT,
                        "inflates %,d-fold "
                        + "(%,d bytes from %,d), more than the %d-fold a workbook part may: a zip bomb", packed == 0
                        ? size : size / packed, size, packed, XlsxLimits.INFLATE_RATIO));
            }
        }
    }

    /**
     * Each entry's bytes, from the directory: its local header (30 bytes, its name and extra field, lengths read from
     * the header itself) and its compressed data. Two entries that share bytes are refused: overlapping entries let
     * a small file inflate to many times the size its parts would (several sheets from one compressed block). (The
     * zip library has checked that each local header is one, and that no entry runs into the directory or past the
     * end of the file.)
     */
    private static void requireNoOverlap(Path file, List<ZipArchiveEntry> entries, String source)
            throws IOException {
        record Span(long start, long end, String part) {
        }
        List<Span> spans = new ArrayList<>(entries.size());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
            for (ZipArchiveEntry e : entries) {
                long at = e.getLocalHeaderOffset();
                header.clear();
                while (header.hasRemaining() && channel.read(header, at + header.position()) > 0) {
                    // A positional read may return fewer bytes than asked.
                }
                spans.add(new Span(at, at + 30 + (header.getShort(26) & 0xffff) + (header.getShort(28) & 0xffff)
                        + e.getCompressedSize(), e.getName()));
            }
        }
        spans.sort(Comparator.comparingLong(Span::start));
        for (int i = 1; i < spans.size(); i++) {
            Span before = spans.get(i - 1);
            Span span = spans.get(i);
            if (span.start() < before.end()) {
                throw new CensusFormatException(source, Location.part(span.part()), "shares its bytes with the "
                        + "part " + Messages.cut(before.part(), 100) + " (overlapping zip entries, a way to build zip "
                        + "bombs): the zip is forged");
            }
        }
    }

    /**
     * Counts what POI's object model would be made of, part by part, as far as each part parses as XML (POI's own
     * parser stops where this one does). A part that is not XML (a picture) counts nothing: POI does not parse it.
     */
    private void countObjectModel(List<ZipArchiveEntry> entries, XlsxLimits.ObjectModel limits) throws IOException {
        int rows = 0;
        int nodes = 0;
        for (ZipArchiveEntry e : entries) {
            try (InputStream in = getInputStream(e)) {
                XMLStreamReader xml = XmlPartReader.openWithJdk(in, source, Location.part(e.getName()));
                int depth = 0;
                try {
                    while (xml.hasNext()) {
                        int event = xml.next();
                        if (event == XMLStreamConstants.END_ELEMENT) {
                            depth--;
                        }
                        if (event != XMLStreamConstants.START_ELEMENT) {
                            continue;
                        }
                        if (++depth > limits.depth()) {
                            throw new CensusFormatException(source, Location.part(e.getName()), String.format(
                                    Locale.ROOT, "XML elements nested more than %,d deep, the most read here",
                                    limits.depth()));
                        }
                        nodes += 1 + xml.getAttributeCount() + xml.getNamespaceCount();
                        if (nodes > limits.xmlNodes()) {
                            throw new CensusFormatException(source, Location.part(e.getName()), String.format(Locale.ROOT,
                                    "the "
                                    + "workbook holds more than %,d XML elements and attributes, the most read here "
                                    + "(its object model would be made of them)", limits.xmlNodes()));
                        }
                        if ("row".equals(xml.getLocalName()) && ++rows > limits.rows()) {
                            throw new CensusFormatException(source, Location.part(e.getName()), String.format(Locale.ROOT,
                                    "the "
                                    + "workbook's sheets have more than %,d rows, the most read here", limits.rows()));
                        }
                    }
                } finally {
                    xml.close();
                }
            } catch (XMLStreamException notXml) {
                // Not XML, or not from there on: POI's parser, of the same family, would not build more of it.
            }
        }
    }

    /**
     * The JDK's own StAX parser, the family of the one POI builds its model with (so both stop at the same place in
     * a broken part), without DTDs or external entities.
     */
    /**
     * The workbook part, which readers read whole after the package is open (POI's streaming reader keeps each sheet's
     * entry), counts towards the parts read whole.
     */
    private void requireWorkbookWithinBudget(OPCPackage pkg) throws InvalidFormatException {
        for (String type : List.of(PackageRelationshipTypes.CORE_DOCUMENT,
                PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
            for (PackageRelationship r : pkg.getRelationshipsByType(type)) {
                PackagePart workbook = pkg.getPart(r);
                if (workbook != null && workbook.getSize() > wholeBytesLeft) {
                    throw wholePartsTooLarge(workbook.getPartName().getName().substring(1));
                }
            }
        }
    }

    private CensusFormatException wholePartsTooLarge(String part) {
        return new CensusFormatException(source, Location.part(part), String.format(Locale.ROOT, "the parts read "
                + "whole ([Content_Types].xml, the relationships, the core properties and the workbook part) are "
                + "larger than %,d bytes together, the most read here", XlsxLimits.WHOLE_PARTS_BYTES));
    }

    /**
     * A part's inflating stream, held to the size and CRC-32 the zip directory declares ({@link CheckedPartStream});
     * while POI opens the package, also to what is left of the budget of the parts read whole.
     */
    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        InputStream part = new CheckedPartStream(super.getInputStream(entry), source, entry.getName(),
                entry.getSize(), entry.getCrc());
        if (!opening) {
            return part;
        }
        return new FilterInputStream(part) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                spend(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                spend(Math.max(n, 0));
                return n;
            }

            private void spend(int bytes) {
                wholeBytesLeft -= bytes;
                if (wholeBytesLeft < 0) {
                    throw wholePartsTooLarge(entry.getName());
                }
            }
        };
    }
}
