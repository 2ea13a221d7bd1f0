package org.census.charts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.census.bundled.BundledCensus;
import org.census.model.Census;
import org.junit.jupiter.api.Test;

/**
 * How long drawing the whole chart set takes in one JVM, cold (first set: classes, fonts, JIT) then warm. A report,
 * not a test: it asserts nothing and is left out of the build's test run (its name does not end in "Test"). Run:
 * <pre>./mvnw -B -q -pl census-charts -am test -Dtest=ChartSetBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class ChartSetBenchmark {
    private static final int WARM_ROUNDS = 5;

    @Test
    void report() throws Exception {
        Path dir = Files.createTempDirectory("census-charts-bench");
        long t0 = System.nanoTime();
        Census census = BundledCensus.load();
        long loaded = System.nanoTime();
        Set<ChartFormat> all = EnumSet.allOf(ChartFormat.class);
        int files = ChartSet.render(census, dir, all, Locale.FRENCH, ChartSize.PRINT).size();
        long cold = System.nanoTime();
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < WARM_ROUNDS; i++) {
            long start = System.nanoTime();
            ChartSet.render(census, dir, all, Locale.FRENCH, ChartSize.PRINT);
            warm.add((System.nanoTime() - start) / 1e6);
        }
        StringBuilder perFormat = new StringBuilder();
        for (ChartFormat format : all) {
            long start = System.nanoTime();
            ChartSet.render(census, dir, EnumSet.of(format), Locale.FRENCH, ChartSize.PRINT);
            perFormat.append(String.format(" %s %.0f ms;", format, (System.nanoTime() - start) / 1e6));
        }
        warm.sort(null);
        System.out.printf("census-charts benchmark: %d charts x %d formats = %d files at %s, JDK %s, %d cores%n",
                CensusCharts.installed().all().size(), all.size(), files, ChartSize.PRINT,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf("  load bundled census: %.0f ms%n", (loaded - t0) / 1e6);
        System.out.printf("  cold (first set):    %.0f ms%n", (cold - loaded) / 1e6);
        System.out.printf("  warm (%d sets):       median %.0f ms, min %.0f ms, max %.0f ms%n", WARM_ROUNDS,
                warm.get(warm.size() / 2), warm.get(0), warm.get(warm.size() - 1));
        System.out.printf("  warm, one format:   %s%n", perFormat);
    }
}
