package org.census.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.census.CensusFormatException;
import org.census.bundled.BundledCensus;
import org.census.json.CensusJson;
import org.census.model.Census;

/** The CENSUS argument of the commands: absent for the bundled census, "-" for JSON on standard input, or a file. */
final class CensusInput {
    private CensusInput() {
    }

    static Census load(String argument, InputStream stdin) {
        if (argument == null) {
            return BundledCensus.load();
        }
        if (argument.equals("-")) {
            return CensusJson.read(stdin, "<stdin>");
        }
        Path file = Path.of(argument);
        if (!Files.isRegularFile(file)) {
            throw new CensusFormatException(argument, "", Files.exists(file) ? "not a regular file"
                    : "no such file");
        }
        return CensusJson.read(file);
    }
}
