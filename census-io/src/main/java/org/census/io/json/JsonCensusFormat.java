package org.census.io.json;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.census.io.spi.CensusFormat;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatInfo;
import org.census.io.spi.FormatOptions;
import org.census.json.JsonCensusReader;
import org.census.json.JsonCensusWriter;
import org.census.model.CensusHeader;
import org.census.model.Partnership;

/**
 * The census JSON format of census-core as a plugin, streamed both ways. Its safety limits are census-core's
 * ({@link org.census.json.CensusJson}). No options.
 */
public final class JsonCensusFormat implements CensusFormat {
    private static final FormatInfo INFO = new FormatInfo("json", List.of("json"), "application/json", true, true);

    @Override
    public FormatInfo info() {
        return INFO;
    }

    @Override
    public void read(InputStream in, String source, FormatOptions options, CensusSink sink) {
        options.onlyKeys(INFO.name(), Set.of());
        try (JsonCensusReader reader = JsonCensusReader.open(in, source)) {
            sink.start(reader.header());
            for (Optional<Partnership> p = reader.next(); p.isPresent(); p = reader.next()) {
                sink.partnership(p.get());
            }
            sink.end(reader.end());
        }
    }

    @Override
    public CensusSink write(OutputStream out, FormatOptions options) {
        options.onlyKeys(INFO.name(), Set.of());
        return new CensusSink() {
            private JsonCensusWriter writer;

            @Override
            public void start(CensusHeader header) {
                writer = JsonCensusWriter.open(out, header);
            }

            @Override
            public void partnership(Partnership partnership) {
                writer.write(partnership);
            }

            @Override
            public void end(CensusHeader header) {
                writer.finish(header);
            }

            @Override
            public void close() {
                if (writer != null) {
                    writer.close();
                }
            }
        };
    }
}
