package org.census.io;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.census.CensusException;
import org.census.CensusIOException;
import org.census.io.spi.CensusFormat;
import org.census.io.spi.CensusSink;
import org.census.io.spi.FormatInfo;
import org.census.io.spi.FormatOptions;
import org.census.model.CensusHeader;
import org.census.model.Partnership;

/** A format defined only in test code, found through the test jar's own META-INF/services: partnership ids. */
public final class IdListFormat implements CensusFormat {
    @Override
    public FormatInfo info() {
        return new FormatInfo(" ID-List ", List.of(".IDS"), "Text/Plain", false, true);
    }

    @Override
    public void read(InputStream in, String source, FormatOptions options, CensusSink sink) {
        throw new CensusException("ids are write-only");
    }

    @Override
    public CensusSink write(OutputStream out, FormatOptions options) {
        PrintStream print = new PrintStream(out, false, StandardCharsets.UTF_8);
        return new CensusSink() {
            @Override
            public void start(CensusHeader header) {
                print.println("# " + header.edition().id());
            }

            @Override
            public void partnership(Partnership partnership) {
                print.println(partnership.id());
            }

            @Override
            public void end(CensusHeader header) {
                print.flush();
                // PrintStream keeps its errors to itself: the SPI says a failing stream is a CensusIOException.
                if (print.checkError()) {
                    throw new CensusIOException("cannot write the id list");
                }
            }
        };
    }
}
