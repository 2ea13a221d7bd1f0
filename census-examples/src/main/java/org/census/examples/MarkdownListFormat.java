package org.census.examples;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.census.CensusException;
import org.census.CensusIOException;
import org.census.io.spi.CensusFormat;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatInfo;
import org.census.io.spi.FormatOptions;
import org.census.model.CensusHeader;
import org.census.model.Partnership;
import org.census.model.Party;

/**
 * A custom export format, registered through {@code java.util.ServiceLoader}: this class is named in
 * {@code META-INF/services/org.census.io.spi.CensusFormat} of this jar, and every tool that loads
 * {@code CensusFormats.installed()} finds it — {@code census formats} lists it, {@code census convert c.json c.md}
 * writes it. It writes the partnerships as a Markdown list, one line each, streaming. Option {@code regions=false}
 * leaves the regions out.
 */
public final class MarkdownListFormat implements CensusFormat {
    private static final FormatInfo INFO = new FormatInfo("markdown-list", List.of("md"), "text/markdown", false,
            true);

    private static final Map<String, String> OPTIONS = FormatOptions.described("regions",
            "false to leave each partnership's regions out (default true)");

    @Override
    public FormatInfo info() {
        return INFO;
    }

    @Override
    public Map<String, String> options() {
        return OPTIONS;
    }

    @Override
    public void read(InputStream in, String source, FormatOptions options, CensusSink sink) {
        throw new CensusException("markdown-list is write-only");
    }

    @Override
    public CensusSink write(OutputStream out, FormatOptions options) {
        boolean regions = options.onlyKeys(INFO.name(), OPTIONS.keySet()).flag("regions", true);
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return new CensusSink() {
            @Override
            public void start(CensusHeader header) {
                w.println("# " + header.edition().title());
                w.println();
            }

            @Override
            public void partnership(Partnership p) {
                w.println("- " + names(p.frenchParties()) + " / " + names(p.partnerParties())
                        + (regions && !p.regions().isEmpty() ? " (" + String.join(", ", p.regions()) + ")" : ""));
            }

            @Override
            public void end(CensusHeader header) {
                w.flush();
                if (w.checkError()) {
                    throw new CensusIOException("cannot write the Markdown list");
                }
            }
        };
    }

    private static String names(List<Party> parties) {
        return parties.stream().map(Party::name).collect(Collectors.joining(", "));
    }
}
