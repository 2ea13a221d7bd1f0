package org.census.cli;

import org.census.publication.EditionOptions;
import org.census.publication.Editions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.census.internal.AtomicFiles;
import org.census.charts.ChartFormat;
import org.census.charts.ChartSet;
import org.census.charts.ChartSize;
import org.census.io.CensusFiles;
import org.census.io.ProgressListener;
import org.census.model.Census;
import org.census.overview.Dimension;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the whole report of a census (the bundled census when none is given): the overview "
                + "as Markdown and JSON, the census as JSON and as an Excel workbook, every chart as PNG and SVG, "
                + "and the edition (the census's document regenerated) as edition.docx, edition.html and edition.pdf.",
                "Contact persons (personal data) are left out unless --include-contacts."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CENSUS", description = "A census file, or - for JSON on standard input.")
    String census;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "census-report",
            description = "Directory to write into (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    LanguageOption language;

    @Mixin
    ContactsOption contacts;

    @Override
    public Integer call() throws Exception {
        Census loaded = CensusInput.load(spec, census);
        Census published = contacts.apply(loaded);
        Texts texts = new Texts(language.locale());
        OverviewView view = new OverviewView(OverviewData.of(published, Optional.empty(),
                List.of(Dimension.values())), texts);
        List<Path> written;
        // Every file is made before any is put in place: a run that fails leaves the folder as it was.
        try (StagedOutput output = StagedOutput.in(out)) {
            List<Path> made = new ArrayList<>();
            Path markdown = output.staged("overview.md");
            AtomicFiles.writeString(markdown, markdown(view, published));
            made.add(markdown);
            Path json = output.staged("overview.json");
            AtomicFiles.writeString(json, new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(view.toJson(List.of(Dimension.values()))) + "\n");
            made.add(json);

            ProgressListener progress = Progress.forTerminal();
            try {
                for (String format : List.of("json", "xlsx")) {
                    Path file = output.staged("census." + format);
                    CensusFiles.installed().write(published, file, Optional.of(format), progress);
                    made.add(file);
                }
            } finally {
                Progress.close(progress);
            }
            made.addAll(ChartSet.render(published, output.staged("charts"), EnumSet.of(ChartFormat.PNG,
                    ChartFormat.SVG), texts.locale(), ChartSize.SCREEN));
            written = output.commit(made);
        }

        PrintWriter w = spec.commandLine().getOut();
        w.println(TerminalText.safe(view.title()));
        w.println();
        w.print(view.figures().toText());
        w.println();
        written.forEach(w::println);
        w.flush();
        return 0;
    }

    private static String markdown(OverviewView view, Census census) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(view.title()).append("\n\n");
        md.append(census.edition().publisher()).append(", ").append(census.edition().editionDate()).append("\n\n");
        md.append(view.figures().toMarkdown()).append('\n');
        for (Dimension d : Dimension.values()) {
            md.append("## ").append(view.dimensionTitle(d)).append("\n\n");
            md.append(view.breakdown(d).toMarkdown()).append('\n');
        }
        if (!census.statedFigures().isEmpty()) {
            md.append("## ").append(view.reconciliationTitle()).append("\n\n");
            md.append(view.reconciliation().toMarkdown()).append('\n');
        }
        md.append("---\n").append("Source : ").append(census.edition().sourceLine()).append('\n');
        return md.toString();
    }
}
