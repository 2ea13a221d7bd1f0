import java.io.File;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Writes and reads one sheet of N rows x 12 columns (10 texts like the census's, 2 numbers) with the streaming xlsx
 * libraries a census could use, and prints the times side by side. Run by bench/xlsx-libraries.sh.
 */
public class XlsxLibraries {
    static final String[] DOMAINS = {"Santé", "Éducation", "Eau et assainissement", "Sécurité alimentaire",
            "Appui institutionnel", "Culture", "Aide d'urgence"};
    static final String[] BUDGETS = {"73 000€", "Entre 1500 et 3000€", "1,2 millions €", "Environ 9 000€", "/",
            "2 x 25 000 euros"};

    static String text(int row, int col) {
        return switch (col % 5) {
            case 0 -> "partenariat-" + row;
            case 1 -> DOMAINS[(row + col) % DOMAINS.length];
            case 2 -> "Construction d'un centre de santé communautaire n° " + (row % 997) + " dans le cercle";
            case 3 -> BUDGETS[(row * 7 + col) % BUDGETS.length];
            default -> (row % 28 + 1) + "/05/2013";
        };
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        Path fast = dir.resolve("fastexcel.xlsx");
        Path sx = dir.resolve("sxssf.xlsx");
        System.out.printf("%d rows x 12 columns; heap %d MB%n", rows, Runtime.getRuntime().maxMemory() >> 20);
        time("write: fastexcel", () -> writeFastexcel(fast, rows));
        time("write: POI SXSSF (window 100)", () -> writeSxssf(sx, rows));
        time("read:  POI event API (XSSFReader + SAX)", () -> readPoiEvents(fast));
        time("read:  POI package + aalto StAX (census's way)", () -> readAalto(fast));
        time("read:  fastexcel-reader", () -> readFastexcel(fast));
        time("read:  excel-streaming-reader", () -> readStreaming(fast));
    }

    interface Job {
        long run() throws Exception;
    }

    static void time(String what, Job job) throws Exception {
        System.gc();
        long t = System.nanoTime();
        long cells = job.run();
        System.out.printf("%-44s %7.2f s  (%,d cells)%n", what, (System.nanoTime() - t) / 1e9, cells);
    }

    static long writeFastexcel(Path file, int rows) throws Exception {
        try (OutputStream os = Files.newOutputStream(file)) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(os, "bench", "1.0");
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Actions");
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < 10; c++) {
                    ws.inlineString(r, c, text(r, c));
                }
                ws.value(r, 10, r * 12.5);
                ws.value(r, 11, r);
                if (r % 2000 == 0) {
                    ws.flush();
                }
            }
            wb.finish();
        }
        return rows * 12L;
    }

    static long writeSxssf(Path file, int rows) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream os = Files.newOutputStream(file)) {
            wb.setCompressTempFiles(true);
            Sheet s = wb.createSheet("Actions");
            for (int r = 0; r < rows; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < 10; c++) {
                    row.createCell(c).setCellValue(text(r, c));
                }
                row.createCell(10).setCellValue(r * 12.5);
                row.createCell(11).setCellValue(r);
            }
            wb.write(os);
            wb.dispose();
        }
        return rows * 12L;
    }

    static long readPoiEvents(Path file) throws Exception {
        long[] cells = {0};
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFSheetXMLHandler.SheetContentsHandler handler = new XSSFSheetXMLHandler.SheetContentsHandler() {
                public void startRow(int rowNum) { }
                public void endRow(int rowNum) { }
                public void cell(String ref, String value, XSSFComment comment) {
                    cells[0] += value == null ? 0 : 1;
                }
            };
            try (InputStream sheet = reader.getSheetsData().next()) {
                SAXParserFactory f = SAXParserFactory.newInstance();
                f.setNamespaceAware(true);
                XMLReader xml = f.newSAXParser().getXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, handler, false));
                xml.parse(new InputSource(sheet));
            }
        }
        return cells[0];
    }

    /** What census-xlsx does: POI's read-only package for the zip, a StAX cursor (aalto) over the sheet. */
    static long readAalto(Path file) throws Exception {
        long cells = 0;
        javax.xml.stream.XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
        factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             InputStream sheet = new XSSFReader(pkg).getSheetsData().next()) {
            javax.xml.stream.XMLStreamReader xml = factory.createXMLStreamReader(sheet);
            boolean inValue = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    inValue = name.equals("v") || name.equals("t");
                } else if (event == javax.xml.stream.XMLStreamConstants.CHARACTERS && inValue) {
                    cells += xml.getText().isEmpty() ? 0 : 1;
                    inValue = false;
                } else if (event == javax.xml.stream.XMLStreamConstants.END_ELEMENT) {
                    inValue = false;
                }
            }
            xml.close();
        }
        return cells;
    }

    static long readFastexcel(Path file) throws Exception {
        long cells = 0;
        try (InputStream in = Files.newInputStream(file);
             org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(in);
             var rows = wb.getFirstSheet().openStream()) {
            for (var it = rows.iterator(); it.hasNext(); ) {
                var row = it.next();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells += row.getCellText(c).isEmpty() ? 0 : 1;
                }
            }
        }
        return cells;
    }

    static long readStreaming(Path file) throws Exception {
        long cells = 0;
        try (Workbook wb = com.github.pjfanning.xlsx.StreamingReader.builder().rowCacheSize(100).bufferSize(65536)
                .open(new File(file.toString()))) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells += cell.getStringCellValue().isEmpty() && cell.getCellType()
                            == org.apache.poi.ss.usermodel.CellType.STRING ? 0 : 1;
                }
            }
        }
        return cells;
    }
}
