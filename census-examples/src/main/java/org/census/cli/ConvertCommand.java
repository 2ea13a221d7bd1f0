package org.census.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.census.io.CensusFiles;
import org.census.io.ConvertResult;
import org.census.io.ProgressListener;
import org.census.model.Census;
import org.census.model.Partnership;

@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert a census from one format to another, one partnership at a time.",
                "Formats come from the file extensions, or --from/--to (a name, with options as NAME:key=value,...; "
                        + "see 'census formats')."})
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The census to read, or - for standard input (JSON "
            + "unless --from says otherwise; read whole into memory, unlike a file).")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write (written atomically).")
    Path out;

    @Option(names = "--from", paramLabel = "FORMAT", description = "Format of IN (default: by extension).")
    String from;

    @Option(names = "--to", paramLabel = "FORMAT", description = "Format of OUT (default: by extension).")
    String to;

    @Mixin
    ContactsOption contacts;

    @Override
    public Integer call() {
        if (in.toString().equals("-")) {
            return fromStandardInput();
        }
        // The input first: a missing one is the input's error, not a failed write of the output.
        CensusInput.existingFile(in.toString());
        OutputArgument.requireFile(out);
        ProgressListener progress = Progress.forTerminal();
        ConvertResult result;
        try {
            result = CensusFiles.installed().convert(in, out, Optional.ofNullable(from), Optional.ofNullable(to),
                    contacts::apply, progress);
        } finally {
            Progress.close(progress);
        }
        PrintWriter w = OutputArgument.summary(spec, out);
        w.printf("%s (%s) -> %s (%s): %,d partnerships, %,d actions%n", in, result.from(), out, result.to(),
                result.partnerships(), result.actions());
        w.flush();
        return 0;
    }

    private int fromStandardInput() {
        OutputArgument.requireFile(out);
        Census census = CensusInput.load("-", Optional.ofNullable(from), System.in, ProgressListener.NONE);
        List<Partnership> kept = census.partnerships().stream().map(contacts::apply).toList();
        CensusFiles.installed().write(census.header().with(kept), out, Optional.ofNullable(to),
                ProgressListener.NONE);
        PrintWriter w = OutputArgument.summary(spec, out);
        w.printf("<stdin> -> %s: %,d partnerships, %,d actions%n", out, kept.size(),
                kept.stream().mapToLong(p -> p.actions().size()).sum());
        w.flush();
        return 0;
    }
}
