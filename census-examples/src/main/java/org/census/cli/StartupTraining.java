package org.census.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.census.bundled.BundledCensus;

/**
 * The training run of the {@code census} launcher's class-data-sharing archive: the JVM runs this once under
 * {@code -XX:DumpLoadedClassList} (at build time, or when the jar has changed), then archives the classes it loaded
 * ({@code -Xshare:dump}), and every later start maps them, already parsed and verified, instead of reading them from
 * the jar. So it runs, in one JVM, the
 * commands people run every day, on the bundled census and on files it writes into a temporary folder: a class
 * that no command here loads is simply read from the jar as before.
 *
 * <p>Output is thrown away; a command that fails is named on standard error (the archive is then only less
 * complete), and the exit code is the number of failed commands.
 */
final class StartupTraining {
    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        CensusCommand.quietLibraryLogging();
        Path dir = Files.createTempDirectory("census-training");
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, "UTF-8");
        List<String> failed = new ArrayList<>();
        try {
            System.setOut(nowhere);
            System.setErr(nowhere);
            for (List<String> command : commands(dir)) {
                if (CensusCommand.run(command.toArray(String[]::new)) != 0) {
                    failed.add(String.join(" ", command));
                }
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
            delete(dir);
        }
        failed.forEach(c -> err.println("census training: failed: census " + c));
        System.exit(failed.size());
    }

    /** The commands, in an order where each file is written before it is read. */
    static List<List<String>> commands(Path dir) {
        String partnership = BundledCensus.load().partnerships().get(0).id();
        String form = dir.resolve("form.xlsx").toString();
        String report = dir.resolve("report").toString();
        String json = dir.resolve("report/census.json").toString();
        String xlsx = dir.resolve("report/census.xlsx").toString();
        return List.of(
                List.of("--version"),
                List.of("--help"),
                List.of("overview", "--help"),
                List.of("overview"),
                List.of("overview", "--json", "--by", "region", "--reconcile", "--lang", "en"),
                List.of("list"),
                List.of("formats"),
                List.of("template", "-o", form, "--partnership", partnership),
                List.of("import", form, "-o", dir.resolve("imported.json").toString()),
                List.of("report", "--out", report),
                List.of("overview", json, "--by", "domain"),
                List.of("overview", xlsx),
                List.of("list", xlsx),
                List.of("convert", xlsx, dir.resolve("converted.json").toString()),
                List.of("convert", json, dir.resolve("converted.csv").toString()),
                List.of("map", dir.resolve("converted.csv").toString()));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
