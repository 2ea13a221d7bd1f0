package org.census.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.census.CensusException;
import org.census.internal.AtomicFiles;
import org.census.io.CensusFiles;
import org.census.io.ConvertResult;
import org.census.io.ProgressListener;
import org.census.model.Census;
import org.census.model.Partnership;

@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert a census from one format to another, one partnership at a time.",
                "Formats come from the file extensions, or --from/--to (a name, with options as NAME:key=value,...; "
                        + "see 'census formats').",
                "A spreadsheet of your own (csv, tsv, txt, xlsx, xls, ods) is read with --from table (try "
                        + "'census map FILE' first); several such files (one per region, say) merge into one census. "
                        + "What a reader works around (rows skipped, values kept raw, columns not read) is printed on "
                        + "standard error, one line each."})
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "IN... OUT", description = "The census or censuses to read, then the "
            + "file to write (written atomically). IN may be - for standard input (JSON unless --from says otherwise; "
            + "read whole into memory, unlike a file). Several INs merge into one census, the edition of the first.")
    List<Path> files;

    @Option(names = "--from", paramLabel = "FORMAT", description = "Format of IN (default: by extension).")
    String from;

    @Option(names = "--to", paramLabel = "FORMAT", description = "Format of OUT (default: by extension).")
    String to;

    @Option(names = "--edition", paramLabel = "CENSUS", description = "With --from table: the census (JSON) whose "
            + "edition gives the regions and places of the spreadsheet (default: the bundled census).")
    Path edition;

    @Mixin
    ContactsOption contacts;

    @Override
    public Integer call() {
        List<Path> inputs = files.subList(0, files.size() - 1);
        Path out = files.get(files.size() - 1);
        Optional<String> reading = readFormat();
        if (inputs.size() == 1 && inputs.get(0).toString().equals("-")) {
            return fromStandardInput(out, reading);
        }
        // The inputs first: a missing one is the input's error, not a failed write of the output.
        inputs.forEach(CensusInput::existingFile);
        OutputArgument.requireFile(out);
        WarningPrinter listener = new WarningPrinter(Progress.forTerminal(), spec.commandLine().getErr());
        String summary;
        try {
            summary = inputs.size() == 1 ? convert(inputs.get(0), out, reading, listener)
                    : merge(inputs, out, reading, listener);
        } finally {
            listener.finish();
        }
        PrintWriter w = OutputArgument.summary(spec, out);
        w.println(summary + (listener.count() == 0 ? "" : String.format("; %,d warnings (above)", listener.count())));
        w.flush();
        return 0;
    }

    private String convert(Path in, Path out, Optional<String> reading, WarningPrinter listener) {
        ConvertResult result = CensusFiles.installed().convert(in, out, reading, Optional.ofNullable(to),
                contacts::apply, contacts::apply, listener);
        return String.format("%s (%s) -> %s (%s): %,d partnerships, %,d actions", in, result.from(), out,
                result.to(), result.partnerships(), result.actions());
    }

    /** Several files into one census: read whole, since their partnerships must meet before the output is written. */
    private String merge(List<Path> inputs, Path out, Optional<String> reading, WarningPrinter listener) {
        AtomicFiles.requireNotAnInput(out, inputs);
        Census first = null;
        List<Partnership> all = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path in : inputs) {
            Census census = CensusFiles.installed().read(in, reading, listener);
            first = first == null ? census : first;
            for (Partnership p : census.partnerships()) {
                Path earlier = seen.putIfAbsent(p.id(), in);
                if (earlier != null) {
                    throw new CensusException(in + ": partnership " + p.id() + " is also in " + earlier + "; a "
                            + "partnership belongs in one file (or give it an id column to tell them apart)");
                }
                all.add(contacts.apply(p));
            }
        }
        CensusFiles.installed().write(contacts.apply(first.header()).with(all), out, Optional.ofNullable(to),
                listener);
        return String.format("%,d files -> %s: %,d partnerships, %,d actions", inputs.size(), out, all.size(),
                all.stream().mapToLong(p -> p.actions().size()).sum());
    }

    /**
     * The format to read, with what the command's own options mean for the table format: its edition, and its
     * contact persons, read only when asked for (personal data is not even read otherwise).
     */
    private Optional<String> readFormat() {
        boolean table = from != null && from.strip().toLowerCase(Locale.ROOT).matches("table(:.*)?");
        if (edition != null && !table) {
            throw new CensusException("--edition " + edition + ": only --from table reads an edition's regions");
        }
        if (!table) {
            return Optional.ofNullable(from);
        }
        StringBuilder spec = new StringBuilder(from.strip());
        if (edition != null) {
            CensusInput.existingFile(edition);
            spec.append(spec.indexOf(":") < 0 ? ":" : ",").append("edition=").append(edition);
        }
        if (contacts.includeContacts) {
            spec.append(spec.indexOf(":") < 0 ? ":" : ",").append("contacts=true");
        }
        return Optional.of(spec.toString());
    }

    private int fromStandardInput(Path out, Optional<String> reading) {
        OutputArgument.requireFile(out);
        Census census = CensusInput.load(spec, "-", reading, ProgressListener.NONE);
        List<Partnership> kept = census.partnerships().stream().map(contacts::apply).toList();
        CensusFiles.installed().write(contacts.apply(census.header()).with(kept), out, Optional.ofNullable(to),
                ProgressListener.NONE);
        PrintWriter w = OutputArgument.summary(spec, out);
        w.printf("<stdin> -> %s: %,d partnerships, %,d actions%n", out, kept.size(),
                kept.stream().mapToLong(p -> p.actions().size()).sum());
        w.flush();
        return 0;
    }
}
