package org.census.io;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import org.census.bundled.BundledCensus;
import org.census.io.spi.CensusSink;
import org.census.model.Census;

/**
 * The README's example files, {@code docs/examples/}: the bundled census, contacts left out as the {@code census}
 * tool does by default, in the open-data formats. {@link DocsExamplesTest} checks that the committed files are what
 * this makes today; {@link RegenerateDocsExamples} writes them.
 */
final class DocsExamples {
    /** A file and the format (with its options) that makes it. */
    record Example(String file, String format) {
    }

    static final List<Example> ALL = List.of(
            new Example("ml-2013.hxl.csv", "hxl"),
            new Example("ml-2013.geojson", "geojson:points=true"));

    static Path dir() {
        return Path.of(System.getProperty("docs.examples", "../docs/examples"));
    }

    static byte[] make(Example example) {
        Census census = BundledCensus.load().withoutContacts();
        FormatSpec spec = FormatSpec.parse(example.format());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CensusSink sink = CensusFormats.installed().require(spec.name()).write(out, spec.options())) {
            sink.census(census);
        }
        return out.toByteArray();
    }

    private DocsExamples() {
    }
}
