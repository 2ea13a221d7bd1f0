package org.census.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.census.io.ProgressListener;
import org.census.io.synthetic.SyntheticCensus;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a deterministic synthetic census of any size, in any format (for tests and "
                + "benchmarks): realistic French names, regions, domains and money texts.",
                "The same seed gives the same file."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--partnerships", paramLabel = "N", required = true, description = "Number of partnerships.")
    int partnerships;

    @Option(names = "--actions-per-partnership", paramLabel = "M", defaultValue = "5",
            description = "Action rows per partnership (default: ${DEFAULT-VALUE}).")
    int actions;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "The file to write.")
    Path out;

    @Option(names = "--to", paramLabel = "FORMAT", description = "Format of FILE (default: by extension).")
    String to;

    @Override
    public Integer call() {
        if (partnerships < 0 || actions < 0) {
            throw new ParameterException(spec.commandLine(), "--partnerships and --actions-per-partnership must not "
                    + "be negative");
        }
        OutputArgument.requireFile(out);
        ProgressListener progress = Progress.forTerminal();
        try {
            SyntheticCensus.write(out, Optional.ofNullable(to), partnerships, actions, seed, progress);
        } finally {
            Progress.close(progress);
        }
        PrintWriter w = OutputArgument.summary(spec, out);
        w.printf("%s: %,d partnerships, %,d action rows (seed %d)%n", out, partnerships,
                (long) partnerships * actions, seed);
        w.flush();
        return 0;
    }
}
