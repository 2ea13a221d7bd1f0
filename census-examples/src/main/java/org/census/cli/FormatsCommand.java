package org.census.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.census.charts.CensusCharts;
import org.census.charts.spi.CensusChart;
import org.census.io.CensusFormats;
import org.census.io.spi.FormatInfo;

@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "List the format and chart plugins found on the class path.")
final class FormatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CensusFormats formats = CensusFormats.installed();
        TextTable t = new TextTable(List.of("format", "extensions", "media type", "read", "write"));
        for (FormatInfo f : formats.all()) {
            t.row(List.of(f.name(), String.join(" ", f.extensions()), f.mediaType(), f.canRead() ? "yes" : "no",
                    f.canWrite() ? "yes" : "no"));
        }
        out.print(t.toText());
        for (FormatInfo info : formats.all()) {
            Map<String, String> options = formats.require(info.name()).options();
            if (!options.isEmpty()) {
                out.println();
                out.println("options of " + info.name() + " (--from/--to " + info.name() + ":key=value,...):");
                options.forEach((key, what) -> out.println("  " + TerminalText.safe(key) + ": "
                        + TerminalText.safe(what)));
            }
        }
        formats.problems().forEach(p -> out.println("broken format plugin: " + p));
        out.println();
        CensusCharts charts = CensusCharts.installed();
        TextTable c = new TextTable(List.of("chart", "title (fr)", "title (en)"));
        for (CensusChart chart : charts.all()) {
            c.row(List.of(chart.id(), chart.title(java.util.Locale.FRENCH), chart.title(java.util.Locale.ENGLISH)));
        }
        out.print(c.toText());
        charts.problems().forEach(p -> out.println("broken chart plugin: " + p));
        out.flush();
        return 0;
    }
}
