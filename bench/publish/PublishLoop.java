import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.census.bundled.BundledCensus;
import org.census.io.CensusFiles;
import org.census.io.ProgressListener;
import org.census.model.Census;
import org.census.publication.EditionOptions;
import org.census.publication.Editions;

/**
 * The warm half of bench/publish.sh: one JVM writes the edition of a census in one format RUNS times (the first
 * ones warm it up), through the library's API, and prints the median of the last half in seconds. With --installed,
 * prints the installed edition formats instead, one a line.
 *
 *   java -cp census.jar bench/publish/PublishLoop.java FORMAT RUNS [CENSUS]
 */
public class PublishLoop {
    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--installed")) {
            Editions.formats().forEach(System.out::println);
            return;
        }
        String format = args[0];
        int runs = Integer.parseInt(args[1]);
        Census census = args.length > 2 ? CensusFiles.installed().read(Path.of(args[2]), java.util.Optional.empty(),
                ProgressListener.NONE) : BundledCensus.load();
        EditionOptions options = EditionOptions.in(Locale.FRENCH);
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Editions.write(census, format, options, OutputStream.nullOutputStream());
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        double[] warm = Arrays.copyOfRange(seconds, runs / 2, runs);
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "%.2f%n", warm[warm.length / 2]);
    }
}
