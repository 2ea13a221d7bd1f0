package org.census.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.census.charts.CensusCharts;
import org.census.charts.ChartFormat;
import org.census.charts.ChartSize;
import org.census.charts.ChartWriter;
import org.census.charts.spi.CensusChart;
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

    @Option(names = "--chart", paramLabel = "ID", split = ",",
            description = "Draw only these charts, comma-separated (default: all of them: ${COMPLETION-CANDIDATES}).",
            completionCandidates = ChartIds.class)
    List<String> only;

    @Mixin
    LanguageOption language;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "300",
            description = "Resolution of PNG files (default: ${DEFAULT-VALUE}, for print).")
    int dpi;

    /** The ids of the installed charts, for the help. */
    static final class ChartIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return CensusCharts.installed().all().stream().map(CensusChart::id).iterator();
        }
    }

    @Override
    public Integer call() {
        if (dpi < 36 || dpi > 1200) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--dpi must be between 36 and 1200, got " + dpi);
        }
        Set<ChartFormat> chosen = EnumSet.noneOf(ChartFormat.class);
        formats.forEach(f -> chosen.add(ChartFormat.parse(f)));
        Census loaded = CensusInput.load(spec, census).withoutContacts();
        CensusCharts installed = CensusCharts.installed();
        List<CensusChart> kinds = only == null ? installed.all() : only.stream().map(installed::require).toList();
        List<Path> written = new ArrayList<>();
        // Every chart is drawn before any is put in place: a run that fails leaves the folder as it was.
        try (StagedOutput output = StagedOutput.in(out)) {
            for (CensusChart kind : kinds) {
                for (ChartFormat format : chosen) {
                    Path file = output.staged(format.fileName(kind.id()));
                    ChartWriter.write(kind, loaded, file, format, ChartSize.PRINT.withDpi(dpi), language.locale());
                    written.add(file);
                }
            }
            written = output.commit(written);
        }
        PrintWriter w = spec.commandLine().getOut();
        written.forEach(w::println);
        w.flush();
        return 0;
    }
}
