package org.census.io;

import java.io.InputStream;
import java.io.OutputStream;

import org.census.io.json.JsonCensusFormat;
import org.census.io.spi.CensusFormat;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatInfo;
import org.census.io.spi.FormatOptions;

/** A second provider claiming the name "json": loading both must fail, naming both classes. */
public class SecondJsonFormat implements CensusFormat {
    private final CensusFormat json = new JsonCensusFormat();

    @Override
    public FormatInfo info() {
        return json.info();
    }

    @Override
    public void read(InputStream in, String source, FormatOptions options, CensusSink sink) {
        json.read(in, source, options, sink);
    }

    @Override
    public CensusSink write(OutputStream out, FormatOptions options) {
        return json.write(out, options);
    }
}
