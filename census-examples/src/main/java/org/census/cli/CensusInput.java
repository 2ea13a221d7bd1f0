package org.census.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Model.CommandSpec;

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

    static Census load(CommandSpec spec, String argument, Optional<String> format, ProgressListener progress) {
        if (argument == null) {
            return BundledCensus.load();
        }
        if (argument.equals("-")) {
            return CensusFiles.installed().read(CensusCommand.standardInput(spec), "<stdin>", format.orElse("json"));
        }
        Path file = existingFile(argument, CensusCommand.file(spec, argument));
        try {
            return CensusFiles.installed().read(file, format, progress);
        } finally {
            Progress.close(progress);
        }
    }

    /** A file argument that picocli made into a path: the file, or an error naming it. */
    static Path existingFile(Path file) {
        return existingFile(file.toString(), file);
    }

    /**
     * The file an argument names ({@code file}, where the run's working directory puts it), or an error naming it as
     * typed when there is none or it cannot be read.
     */
    static Path existingFile(String argument, Path file) {
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

    static Census load(CommandSpec spec, String argument) {
        return load(spec, argument, Optional.empty(), Progress.forTerminal());
    }
}
