package org.census.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.census.charts.ChartFormat;
import org.census.charts.ChartSet;
import org.census.charts.ChartSize;
import org.census.model.Census;

@Command(name = "charts", mixinStandardHelpOptions = true,
        description = "Draw every chart of a census (the bundled census when none is given) for publication.")
final class ChartsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CENSUS", description = "A census file, or - for JSON on standard input.")
    String census;

    @Option(names = "--format", paramLabel = "png|svg|pdf", split = ",", defaultValue = "png",
            description = "Formats to write, comma-separated (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "census-report/charts",
            description = "Directory to write into (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    LanguageOption language;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "300",
            description = "Resolution of PNG files (default: ${DEFAULT-VALUE}, for print).")
    int dpi;

    @Override
    public Integer call() {
        if (dpi < 36 || dpi > 1200) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--dpi must be between 36 and 1200, got " + dpi);
        }
        Set<ChartFormat> chosen = EnumSet.noneOf(ChartFormat.class);
        formats.forEach(f -> chosen.add(ChartFormat.parse(f)));
        Census loaded = CensusInput.load(spec, census).withoutContacts();
        List<Path> written;
        // Every chart is drawn before any is put in place: a run that fails leaves the folder as it was.
        try (StagedOutput output = StagedOutput.in(out)) {
            written = output.commit(ChartSet.render(loaded, output.staged(""), chosen, language.locale(),
                    ChartSize.PRINT.withDpi(dpi)));
        }
        PrintWriter w = spec.commandLine().getOut();
        written.forEach(w::println);
        w.flush();
        return 0;
    }
}
