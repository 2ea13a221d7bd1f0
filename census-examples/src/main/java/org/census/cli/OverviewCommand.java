package org.census.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.census.overview.Dimension;

@Command(name = "overview", mixinStandardHelpOptions = true,
        description = "Print the overview of a census (the bundled census when none is given).")
final class OverviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CENSUS", description = "A census file, or - for JSON on standard input.")
    String census;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateOption.class,
            description = "Only the forms updated on or before DATE (2013-07-11 or 11/07/2013): an earlier edition's "
                    + "figures.")
    LocalDate asOf;

    @Option(names = "--by", paramLabel = "DIMENSION",
            description = "Also group by region, domain, year, kind, trend, continuation or age.")
    Dimension by;

    @Option(names = "--reconcile", description = "Set the figures the source prints beside the computed ones.")
    boolean reconcile;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        // A file is streamed one partnership at a time: the overview of a census too large for the heap still runs.
        OverviewData data = OverviewData.load(spec, census, Optional.ofNullable(asOf),
                by == null ? List.of() : List.of(by));
        OverviewView view = new OverviewView(data, new Texts(language.locale()));
        if (json) {
            ObjectNode json = view.toJson(Optional.ofNullable(by));
            if (reconcile) {
                view.reconciliationJson(json.putArray("reconciliation"));
            }
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        } else {
            out.println(TerminalText.safe(view.title()));
            out.println();
            out.print(view.figures().toText());
            if (by != null) {
                out.println();
                out.print(view.breakdown(by).toText());
            }
            if (reconcile) {
                out.println();
                out.print(view.reconciliation().toText());
            }
        }
        out.flush();
        return 0;
    }
}
