import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.census.json.JsonCensusReader;
import org.census.json.JsonCensusWriter;
import org.census.model.CensusHeader;
import org.census.model.Partnership;

/**
 * The census JSON reader and writer timed apart on one thread: each partnership is read, then written, and the
 * time spent inside each is added up, so that neither waits for the other and each gets a core. Reading includes
 * parsing every raw text again (the raw text is the authority); writing includes the derived values.
 *
 * <pre>java -Xmx128m -XX:+UseParallelGC -cp census-examples/target/census.jar bench/JsonThroughput.java IN.json OUT.json</pre>
 */
public class JsonThroughput {
    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        long readNanos = 0;
        long writeNanos = 0;
        try (InputStream is = new BufferedInputStream(Files.newInputStream(in), 1 << 16);
             OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             JsonCensusReader reader = JsonCensusReader.open(is, in.toString())) {
            long t = System.nanoTime();
            CensusHeader header = reader.header();
            readNanos += System.nanoTime() - t;
            t = System.nanoTime();
            JsonCensusWriter writer = JsonCensusWriter.open(os, header);
            writeNanos += System.nanoTime() - t;
            while (true) {
                t = System.nanoTime();
                Optional<Partnership> p = reader.next();
                readNanos += System.nanoTime() - t;
                if (p.isEmpty()) {
                    break;
                }
                t = System.nanoTime();
                writer.write(p.get());
                writeNanos += System.nanoTime() - t;
            }
            t = System.nanoTime();
            CensusHeader end = reader.end();
            readNanos += System.nanoTime() - t;
            t = System.nanoTime();
            writer.finish(end);
            writer.close();
            os.flush();
            writeNanos += System.nanoTime() - t;
        }
        long inBytes = Files.size(in);
        long outBytes = Files.size(out);
        System.out.printf("read  %,d bytes in %.2f s: %.0f MB/s%n", inBytes, readNanos / 1e9, inBytes / 1e6 / (readNanos / 1e9));
        System.out.printf("write %,d bytes in %.2f s: %.0f MB/s%n", outBytes, writeNanos / 1e9,
                outBytes / 1e6 / (writeNanos / 1e9));
    }
}
