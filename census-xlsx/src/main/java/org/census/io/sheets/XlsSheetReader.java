package org.census.io.sheets;

import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

import org.census.CensusFormatException;
import org.census.Location;
import org.census.io.table.spi.CellKind;
import org.census.io.table.spi.CellRange;
import org.census.io.table.spi.SheetLimits;
import org.census.io.table.spi.SheetRow;
import org.census.io.table.spi.SheetVisitor;
import org.census.io.xlsx.internal.ExcelDateSystem;

/**
 * One sheet of an xls file read from the workbook's records for a {@link SheetVisitor}: a first pass for its merged
 * regions (their records follow its cells), a second for its rows. A sheet's records are those of its substream, the
 * n-th after the workbook's globals; charts nested in it are passed over. Cells come row by row, rows in order, each
 * row's records preceded by those that say whether it is hidden.
 */
final class XlsSheetReader implements HSSFListener {
    /** Excel's own limit on cell formats is 4,000 (64,000 for xlsx); more records of formats are refused. */
    private static final int MAX_FORMATS = 65_536;

    private final String source;
    private final String sheet;
    private final int substream;
    private final ExcelDateSystem dates;
    private final SheetVisitor visitor;
    private final boolean rows;
    private final FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(this);
    private final RowCells cells;
    private final BitSet hidden = new BitSet();
    private SSTRecord strings;
    private int formatRecords;
    private int depth;
    private int topLevel;
    private boolean inSheet;
    private int merged;
    private FormulaRecord pendingString;
    private boolean started;
    private boolean finished;

    private XlsSheetReader(String source, String sheet, int substream, ExcelDateSystem dates, SheetVisitor visitor,
                           boolean rows) {
        this.source = source;
        this.sheet = sheet;
        this.substream = substream;
        this.dates = dates;
        this.visitor = visitor;
        this.rows = rows;
        this.cells = new RowCells(source, sheet);
    }

    /** A pass that hands the sheet's merged regions to the visitor. */
    static XlsSheetReader merges(String source, String sheet, int substream, ExcelDateSystem dates,
                                 SheetVisitor visitor) {
        return new XlsSheetReader(source, sheet, substream, dates, visitor, false);
    }

    /** A pass that hands the sheet's rows to the visitor. */
    static XlsSheetReader rows(String source, String sheet, int substream, ExcelDateSystem dates,
                               SheetVisitor visitor) {
        return new XlsSheetReader(source, sheet, substream, dates, visitor, true);
    }

    /** What POI is handed: the formats are tracked before each record reaches this reader. */
    HSSFListener listener() {
        return formats;
    }

    @Override
    public void processRecord(Record record) {
        if (record instanceof BOFRecord) {
            if (++depth == 1) {
                // The first stream at the top is the workbook's globals; the sheets' follow.
                inSheet = topLevel++ - 1 == substream;
            }
            return;
        }
        if (record instanceof EOFRecord) {
            if (--depth == 0 && inSheet) {
                finish();
                throw XlsSheetBook.Stop.READING;
            }
            return;
        }
        if (record instanceof SSTRecord sst) {
            strings = sst;
        } else if ((record instanceof ExtendedFormatRecord || record instanceof FormatRecord)
                && ++formatRecords > MAX_FORMATS) {
            throw new CensusFormatException(source, Location.NONE, String.format(Locale.ROOT, "more than %,d cell "
                    + "formats, the most read here", MAX_FORMATS));
        }
        if (!inSheet || depth != 1) {
            return;
        }
        if (!rows) {
            if (record instanceof MergeCellsRecord regions) {
                merged(regions);
            }
            return;
        }
        if (pendingString != null) {
            FormulaRecord formula = pendingString;
            pendingString = null;
            if (record instanceof StringRecord string) {
                cell(formula, string.getString(), CellKind.TEXT);
                return;
            }
        }
        if (record instanceof RowRecord row && row.getZeroHeight()) {
            hidden.set(row.getRowNumber() + 1);
        } else if (record instanceof CellValueRecordInterface cell) {
            value(cell);
        }
    }

    private void merged(MergeCellsRecord regions) {
        for (int i = 0; i < regions.getNumAreas(); i++) {
            if (++merged > SheetLimits.MAX_MERGED_REGIONS) {
                throw new CensusFormatException(source, Location.sheet(sheet), String.format(Locale.ROOT,
                        "more than %,d merged regions, the most a sheet may have here",
                        SheetLimits.MAX_MERGED_REGIONS));
            }
            CellRangeAddress a = regions.getAreaAt(i);
            if (a.getFirstRow() < 0 || a.getFirstColumn() < 0 || a.getLastRow() < a.getFirstRow()
                    || a.getLastColumn() < a.getFirstColumn()) {
                throw new CensusFormatException(source, Location.sheet(sheet), "a merged region that is no range "
                        + "of cells: " + a.formatAsString());
            }
            visitor.merged(new CellRange(a.getFirstRow() + 1, a.getLastRow() + 1, a.getFirstColumn() + 1,
                    a.getLastColumn() + 1));
        }
    }

    private void value(CellValueRecordInterface cell) {
        if (cell instanceof NumberRecord n) {
            number(cell, n.getValue());
        } else if (cell instanceof LabelSSTRecord label) {
            if (strings == null || label.getSSTIndex() < 0 || label.getSSTIndex() >= strings.getNumUniqueStrings()) {
                throw at(cell, String.format(Locale.ROOT, "string %,d of a table of %,d", label.getSSTIndex(),
                        strings == null ? 0 : strings.getNumUniqueStrings()));
            }
            cell(cell, strings.getString(label.getSSTIndex()).getString(), CellKind.TEXT);
        } else if (cell instanceof LabelRecord label) {
            cell(cell, label.getValue(), CellKind.TEXT);
        } else if (cell instanceof BoolErrRecord b) {
            if (b.isBoolean()) {
                cell(cell, b.getBooleanValue() ? "TRUE" : "FALSE", CellKind.BOOLEAN);
            } else {
                cell(cell, error(b.getErrorValue()), CellKind.ERROR);
            }
        } else if (cell instanceof FormulaRecord f) {
            formula(f);
        }
    }

    /** A formula's cached value; a text one is in the string record that follows. */
    private void formula(FormulaRecord f) {
        CellType type = f.getCachedResultTypeEnum();
        switch (type) {
            case NUMERIC -> number(f, f.getValue());
            case STRING -> pendingString = f;
            case BOOLEAN -> cell(f, f.getCachedBooleanValue() ? "TRUE" : "FALSE", CellKind.BOOLEAN);
            case ERROR -> cell(f, error(f.getCachedErrorValue()), CellKind.ERROR);
            default -> { }
        }
    }

    private static String error(int code) {
        return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#N/A";
    }

    private void number(CellValueRecordInterface cell, double value) {
        Optional<String> date = DateUtil.isADateFormat(formats.getFormatIndex(cell), formats.getFormatString(cell))
                ? CellValues.date(value, dates) : Optional.empty();
        if (date.isPresent()) {
            cell(cell, date.get(), CellKind.DATE);
        } else {
            cell(cell, CellValues.number(value).orElseThrow(() -> at(cell, "a number that is not finite")),
                    CellKind.NUMBER);
        }
    }

    private void cell(CellValueRecordInterface cell, String text, CellKind kind) {
        int row = cell.getRow() + 1;
        if (!started || row != cells.row()) {
            flush();
            cells.start(row);
            started = true;
        }
        cells.add(cell.getColumn() + 1, text, kind);
    }

    /** Hands the row read so far to the visitor; stops the reading if it says so. */
    private void flush() {
        if (!started) {
            return;
        }
        started = false;
        SheetRow row = cells.finish(hidden.get(cells.row()));
        if (row != null && !visitor.row(row)) {
            finished = true;
            throw XlsSheetBook.Stop.READING;
        }
    }

    /** Hands the last row over, once the sheet's records have ended (or the file has). */
    void finish() {
        if (!finished) {
            finished = true;
            flush();
        }
    }

    private CensusFormatException at(CellValueRecordInterface cell, String problem) {
        return new CensusFormatException(source, Location.cell(sheet, cell.getRow() + 1, cell.getColumn() + 1),
                problem);
    }
}
