package org.census.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.census.CensusFormatException;
import org.census.Location;
import org.census.bundled.BundledCensus;
import org.census.io.CensusFiles;
import org.census.io.ProgressListener;
import org.census.model.Census;

/**
 * The CENSUS argument of the commands: absent for the bundled census, "-" for JSON on standard input, or a file in
 * any readable format (by its extension, or --from).
 */
final class CensusInput {
    private CensusInput() {
    }

    static Census load(String argument, Optional<String> format, InputStream stdin, ProgressListener progress) {
        if (argument == null) {
            return BundledCensus.load();
        }
        if (argument.equals("-")) {
            return CensusFiles.installed().read(stdin, "<stdin>", format.orElse("json"));
        }
        Path file = existingFile(argument);
        try {
            return CensusFiles.installed().read(file, format, progress);
        } finally {
            Progress.close(progress);
        }
    }

    /** The file an argument names, or an error naming it when there is none or it cannot be read. */
    static Path existingFile(String argument) {
        Path file = Path.of(argument);
        if (Files.isDirectory(file)) {
            throw new CensusFormatException(argument, Location.NONE, "a directory, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new CensusFormatException(argument, Location.NONE, Files.exists(file) ? "not a regular file"
                    : "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new CensusFormatException(argument, Location.NONE, "cannot read: permission denied");
        }
        return file;
    }

    static Census load(String argument) {
        return load(argument, Optional.empty(), System.in, Progress.forTerminal());
    }
}
