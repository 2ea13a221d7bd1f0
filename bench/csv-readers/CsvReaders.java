import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.ServiceLoader;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.census.io.spi.FormatOptions;
import org.census.io.table.spi.SheetBook;
import org.census.io.table.spi.SheetFormat;

/**
 * The three candidate CSV parsers on one file, each turning every record into its cells' texts, best of three runs:
 * throughput (MB/s of the file) and bytes allocated per run. Then a gigabyte of one line, made on the fly, given to
 * each: how far each reads before it refuses it (or gives up at 256 MB, having refused nothing).
 *
 * <pre>bench/csv-readers.sh</pre>
 */
public class CsvReaders {
    interface Parser {
        long cells(InputStream in) throws IOException;
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]).resolve("actions.csv");
        if (!Files.exists(file) || Files.size(file) < rows * 50L) {
            write(file, rows);
        }
        long size = Files.size(file);
        System.out.printf("%s: %,d rows, %,d bytes, Java %s, heap max %d MB%n", file, rows, size,
                Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
        SheetFormat census = ServiceLoader.load(SheetFormat.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f.name().equals("csv")).findFirst().orElseThrow();
        Parser ours = in -> {
            long[] cells = {0};
            try (SheetBook book = census.open(in, "actions.csv", FormatOptions.NONE)) {
                book.read(book.sheetNames().get(0), r -> {
                    cells[0] += r.cells().size();
                    return true;
                });
            }
            return cells[0];
        };
        Parser commons = in -> {
            long cells = 0;
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(';').get();
            try (CSVParser parser = CSVParser.builder().setReader(reader(in)).setFormat(format).get()) {
                for (CSVRecord r : parser) {
                    for (String v : r) {
                        cells += v.isEmpty() ? 0 : 1;
                    }
                }
            }
            return cells;
        };
        Parser fast = in -> {
            long cells = 0;
            try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(';').ofCsvRecord(reader(in))) {
                for (CsvRecord r : reader) {
                    for (String v : r.getFields()) {
                        cells += v.isEmpty() ? 0 : 1;
                    }
                }
            }
            return cells;
        };
        for (int round = 0; round < 2; round++) { // the first round warms up, the second is reported
            boolean report = round == 1;
            time("census CsvSheetFormat (hand-written)", ours, file, size, report);
            time("commons-csv 1.14.1", commons, file, size, report);
            time("FastCSV 3.4.0", fast, file, size, report);
        }
        System.out.println("A gigabyte of one line (\"x\"*99 + \";\" repeated):");
        oneLine("census CsvSheetFormat (hand-written)", ours);
        oneLine("commons-csv 1.14.1", commons);
        oneLine("FastCSV 3.4.0", fast);
    }

    private static Reader reader(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static void time(String name, Parser parser, Path file, long size, boolean report) throws IOException {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long allocated = 0;
        long cells = 0;
        for (int run = 0; run < 3; run++) {
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long t = System.nanoTime();
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                cells = parser.cells(in);
            }
            best = Math.min(best, System.nanoTime() - t);
            allocated = threads.getCurrentThreadAllocatedBytes() - bytes;
        }
        if (report) {
            System.out.printf("  %-38s %5.2f s  %4.0f MB/s  %,6d MB allocated  %,d cells%n", name, best / 1e9,
                    size / 1e6 / (best / 1e9), allocated >> 20, cells);
        }
    }

    private static void oneLine(String name, Parser parser) {
        long gigabyte = 1L << 30;
        long giveUp = 256L << 20;
        long[] delivered = {0};
        byte[] pattern = ("x".repeat(99) + ";").getBytes(StandardCharsets.US_ASCII);
        InputStream line = new InputStream() {
            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (delivered[0] >= giveUp) {
                    throw new IllegalStateException("gave up");
                }
                int n = (int) Math.min(len, gigabyte - delivered[0]);
                for (int i = 0; i < n; i++) {
                    b[off + i] = pattern[(int) ((delivered[0] + i) % pattern.length)];
                }
                delivered[0] += n;
                return n;
            }
        };
        long t = System.nanoTime();
        String outcome;
        try {
            parser.cells(line);
            outcome = "read it all";
        } catch (OutOfMemoryError e) {
            outcome = "OutOfMemoryError";
        } catch (Exception e) {
            outcome = e.getMessage().equals("gave up") ? "nothing refused at 256 MB, gave up"
                    : "refused: " + cut(e.getMessage());
        }
        System.out.printf("  %-38s %,6.1f MB read in %.2f s, %s%n", name, delivered[0] / 1e6,
                (System.nanoTime() - t) / 1e9, outcome);
    }

    private static String cut(String s) {
        return s.length() > 110 ? s.substring(0, 109) + "…" : s;
    }

    /** Rows like census's actions table: partnership columns, then the action's, some texts quoted. */
    private static void write(Path file, int rows) throws IOException {
        String[] regions = {"Kayes", "Koulikoro", "Sikasso", "Ségou", "Mopti", "Tombouctou", "Gao", "Kidal", "Bamako"};
        String[] french = {"Région Île-de-France", "Ville de Montreuil", "Conseil départemental de l'Hérault",
                "Commune de Saint-Étienne", "Communauté d'agglomération de Cergy-Pontoise"};
        String[] domains = {"Eau et assainissement", "Éducation", "Santé", "Développement économique",
                "Gouvernance locale"};
        Random random = new Random(42);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Identifiant;Collectivité française;Collectivité malienne;Région;Domaine;Intitulé;Année;"
                    + "Montant;Devise\r\n");
            for (int i = 1; i <= rows; i++) {
                String region = regions[random.nextInt(regions.length)];
                w.write("P" + (i / 3 + 1) + ";" + french[random.nextInt(french.length)] + ";Commune de " + region
                        + ";" + region + ";" + domains[random.nextInt(domains.length)] + ";");
                if (random.nextInt(10) == 0) {
                    w.write("\"Construction d'un \"\"centre\"\" de santé;\r\nphase " + random.nextInt(4) + "\"");
                } else {
                    w.write("Forage de " + random.nextInt(20) + " puits à " + region);
                }
                w.write(";" + (2005 + random.nextInt(10)) + ";");
                w.write(random.nextInt(3) == 0 ? "Entre 1500 et 3000€" : Integer.toString(random.nextInt(900_000)));
                w.write(";EUR\r\n");
            }
        }
    }
}
