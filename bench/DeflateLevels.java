import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What the workbook writer's deflate setting costs, apart from everything else: the largest part of a workbook (the
 * actions sheet) deflated in memory, on one thread, with each level and strategy, ROUNDS times in turn; prints the
 * median time, the rate and the compressed size per setting. The writer hands the deflater 64 KiB blocks, and so does
 * this; its output goes through a 64 KiB buffer, or ZipOutputStream's 512 bytes.
 *
 * <pre>java -cp census-examples/target/census.jar bench/DeflateLevels.java BOOK.xlsx [ROUNDS]</pre>
 */
public class DeflateLevels {
    /** A deflate setting, and the size of the buffer its output goes through (ZipOutputStream's is 512 bytes). */
    record Setting(String name, int level, int strategy, int buffer) {
        Setting(String name, int level, int strategy) {
            this(name, level, strategy, 1 << 16);
        }
    }

    public static void main(String[] args) throws IOException {
        byte[] xml = largestPart(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Setting> settings = List.of(
                new Setting("level 1 (BEST_SPEED)", 1, Deflater.DEFAULT_STRATEGY),
                new Setting("level 1, 512 B buffer", 1, Deflater.DEFAULT_STRATEGY, 512),
                new Setting("level 3", 3, Deflater.DEFAULT_STRATEGY),
                new Setting("level 6 (default)", 6, Deflater.DEFAULT_STRATEGY),
                new Setting("level 1, FILTERED", 1, Deflater.FILTERED),
                new Setting("HUFFMAN_ONLY", 1, Deflater.HUFFMAN_ONLY),
                new Setting("level 0 (stored)", 0, Deflater.DEFAULT_STRATEGY));
        List<List<Long>> times = new ArrayList<>();
        long[] sizes = new long[settings.size()];
        settings.forEach(s -> times.add(new ArrayList<>()));
        deflate(xml, settings.get(0)); // warm-up: the JIT, the pages of the input
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < settings.size(); i++) {
                long t = System.nanoTime();
                sizes[i] = deflate(xml, settings.get(i));
                times.get(i).add(System.nanoTime() - t);
            }
        }
        System.out.printf("%,d bytes of XML, median of %d rounds%n", xml.length, rounds);
        System.out.printf("%-22s %9s %11s %14s %8s%n", "setting", "time", "rate", "size", "of XML");
        for (int i = 0; i < settings.size(); i++) {
            List<Long> t = times.get(i).stream().sorted().toList();
            double seconds = t.get(t.size() / 2) / 1e9;
            System.out.printf("%-22s %7.2f s %6.0f MB/s %,14d %7.1f %%%n", settings.get(i).name(), seconds,
                    xml.length / 1e6 / seconds, sizes[i], 100.0 * sizes[i] / xml.length);
        }
    }

    private static byte[] largestPart(Path book) throws IOException {
        try (ZipFile zip = new ZipFile(book.toFile())) {
            ZipEntry largest = zip.stream().max((a, b) -> Long.compare(a.getSize(), b.getSize())).orElseThrow();
            return zip.getInputStream(largest).readAllBytes();
        }
    }

    private static long deflate(byte[] in, Setting s) {
        Deflater d = new Deflater(s.level(), true);
        d.setStrategy(s.strategy());
        byte[] out = new byte[s.buffer()];
        long size = 0;
        for (int off = 0; off < in.length; off += 1 << 16) {
            d.setInput(in, off, Math.min(1 << 16, in.length - off));
            while (!d.needsInput()) {
                size += d.deflate(out);
            }
        }
        d.finish();
        while (!d.finished()) {
            size += d.deflate(out);
        }
        d.end();
        return size;
    }
}
