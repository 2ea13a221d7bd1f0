package org.census.io.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import org.census.CensusException;
import org.census.CensusFormatException;
import org.census.Location;
import org.census.internal.Messages;
import org.census.io.table.spi.SheetBook;
import org.census.io.table.spi.SheetLimits;
import org.census.io.table.spi.SheetVisitor;
import org.census.io.xlsx.internal.ExcelDateSystem;

/**
 * An xls file opened for {@link XlsSheetFormat}: copied to a temporary file (an OLE2 file is read by random access),
 * its sheets' names and date system read from the workbook's first records. Each sheet read streams the workbook's
 * records again, so memory stays that of one row, its string table and its formats.
 */
final class XlsSheetBook implements SheetBook {
    /**
     * The largest xls file read: POI holds its string table whole (about four times its bytes in the heap), and an
     * xls of 65,536 rows of 20 columns is some 20 MB.
     */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final String WORKBOOK = "Workbook";

    private final String source;
    private final Path copy;
    private final POIFSFileSystem fs;
    private final List<String> names;
    /** For each sheet in the workbook's order, its place among the sheets' record streams, which follow the file. */
    private final int[] streamOrder;
    private final ExcelDateSystem dates;

    private XlsSheetBook(String source, Path copy, POIFSFileSystem fs, List<BoundSheetRecord> sheets,
                         ExcelDateSystem dates) {
        this.source = source;
        this.copy = copy;
        this.fs = fs;
        this.names = SheetNames.bounded(sheets.stream().map(BoundSheetRecord::getSheetname).toList(), source);
        List<BoundSheetRecord> byPosition = Arrays.asList(BoundSheetRecord.orderByBofPosition(sheets));
        this.streamOrder = sheets.stream().mapToInt(byPosition::indexOf).toArray();
        this.dates = dates;
    }

    static XlsSheetBook open(InputStream in, String source) {
        Path copy = SpreadsheetCopy.of(in, source, MAX_BYTES, "xls file");
        POIFSFileSystem fs = null;
        try {
            fs = new POIFSFileSystem(copy.toFile(), true);
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                throw encrypted(source);
            }
            if (!fs.getRoot().hasEntry(WORKBOOK)) {
                throw new CensusFormatException(source, Location.NONE, fs.getRoot().hasEntry("Book")
                        ? "an Excel 5.0/95 file, older than the Excel 97-2003 files read here: save it as xlsx"
                        : "an OLE2 file without a workbook (a Word or other Office document?)");
            }
            Globals globals = new Globals(source);
            process(fs, globals, source);
            return new XlsSheetBook(source, copy, fs, globals.sheets, ExcelDateSystem.of(globals.date1904));
        } catch (Error e) {
            SpreadsheetCopy.close(fs, copy);
            throw e;
        } catch (RuntimeException | IOException e) {
            SpreadsheetCopy.close(fs, copy);
            throw unreadable(source, e);
        }
    }

    /** Runs a listener over the workbook's records until the end, or until it throws {@link Stop}. */
    static void process(POIFSFileSystem fs, HSSFListener listener, String source) {
        HSSFRequest request = new HSSFRequest();
        request.addListenerForAllRecords(listener);
        try (InputStream workbook = fs.createDocumentInputStream(WORKBOOK)) {
            new HSSFEventFactory().processEvents(request, workbook);
        } catch (Stop done) {
            // The listener has what it wanted.
        } catch (CensusException e) {
            throw e;
        } catch (RuntimeException | IOException e) {
            throw unreadable(source, e);
        }
    }

    /** Thrown by a listener to end the reading: POI's event API has no other way that does not wrap it. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Stop READING = new Stop();

        private Stop() {
            super("stop", null, false, false);
        }
    }

    private static CensusFormatException encrypted(String source) {
        return new CensusFormatException(source, Location.NONE, "the workbook is encrypted (saved with a "
                + "password): save it without one");
    }

    private static CensusException unreadable(String source, Throwable e) {
        if (e instanceof CensusException c) {
            return c;
        }
        if (e instanceof EncryptedDocumentException) {
            return encrypted(source);
        }
        if (e instanceof OldExcelFormatException) {
            return new CensusFormatException(source, Location.NONE, "an Excel file older than Excel 97: save it as "
                    + "xlsx");
        }
        return new CensusFormatException(source, Location.NONE, "not a readable xls file: "
                + Messages.cut(Messages.firstLine(e), 200), e);
    }

    /** The workbook's first records: its sheets and date system, up to the end of the workbook's globals. */
    private static final class Globals implements HSSFListener {
        private final String source;
        final List<BoundSheetRecord> sheets = new ArrayList<>();
        boolean date1904;

        Globals(String source) {
            this.source = source;
        }

        @Override
        public void processRecord(org.apache.poi.hssf.record.Record record) {
            if (record instanceof BoundSheetRecord sheet) {
                if (sheets.size() == SheetLimits.MAX_SHEETS) {
                    throw SheetNames.tooMany(source);
                }
                sheets.add(sheet);
            } else if (record instanceof DateWindow1904Record window) {
                date1904 = window.getWindowing() == 1;
            } else if (record instanceof BOFRecord bof && bof.getType() != BOFRecord.TYPE_WORKBOOK) {
                throw Stop.READING;
            }
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
        XlsSheetReader merges = XlsSheetReader.merges(source, sheet, streamOrder[index], dates, visitor);
        process(fs, merges.listener(), source);
        XlsSheetReader rows = XlsSheetReader.rows(source, sheet, streamOrder[index], dates, visitor);
        process(fs, rows.listener(), source);
        rows.finish();
    }

    @Override
    public void close() {
        SpreadsheetCopy.close(fs, copy);
    }
}
