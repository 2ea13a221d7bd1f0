package org.census.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Model.CommandSpec;

import org.census.CensusException;

/**
 * The output file of convert, generate, import and template. It is written whole or not at all (replaced by a move),
 * or written through when it is a device or a pipe ({@code /dev/stdout} in a pipeline); {@code -} is not standard
 * output here, as a file of that name would be a surprise and standard output redirected to a file cannot be written
 * atomically.
 */
final class OutputArgument {
    private OutputArgument() {
    }

    static void requireFile(Path out) {
        if (out.toString().equals("-")) {
            throw new CensusException("-: census writes its output to a file, not to standard output by this name; "
                    + "name the file, or /dev/stdout with --to FORMAT to write into a pipe");
        }
        // A mistyped folder is an error, not a reason to create folders the user never named (at / even).
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new CensusException(out + ": the folder " + parent + (Files.exists(parent)
                    ? " is not a folder" : " does not exist; create it first"));
        }
    }

    /**
     * Where the line that says what was written goes: standard output, unless that is where the file went (a device
     * or a pipe), whose reader expects the file alone.
     */
    static PrintWriter summary(CommandSpec spec, Path out) {
        return Files.isRegularFile(out) ? spec.commandLine().getOut() : spec.commandLine().getErr();
    }
}
