package org.census.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import picocli.CommandLine;

/**
 * The census tool run in-process, as {@code census ARGS} typed in a folder: the tests of what the commands do run
 * here, without starting a JVM; {@link CensusJarIT} keeps the runs that need the packaged jar.
 *
 * <ul>
 *   <li>Working directory: relative file arguments and default outputs are taken in {@code dir}
 *       ({@link CensusCommand#commandLine(Path, InputStream, String...)}, with the subcommands {@code args} need,
 *       as for the jar), never in the test JVM's; messages name them resolved ({@code dir/bad.json}), where the jar
 *       names them as typed.</li>
 *   <li>Standard input: empty, as {@code /dev/null} for the jar's runs, or the bytes given; never the test JVM's.</li>
 *   <li>Standard output and error: captured; the exit code is {@link CensusCommand#run}'s, which {@code main} passes
 *       to {@code System.exit}.</li>
 *   <li>Language: without {@code --lang}, the machine's, as for the jar: a test that reads texts passes
 *       {@code --lang}.</li>
 * </ul>
 */
final class Cli {
    private Cli() {
    }

    record Run(int code, String out, String err) {
    }

    static Run run(Path dir, String... args) {
        return run(dir, new byte[0], args);
    }

    static Run run(Path dir, byte[] standardInput, String... args) {
        CommandLine cl = CensusCommand.commandLine(dir, new ByteArrayInputStream(standardInput), args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = CensusCommand.run(cl, args);
        return new Run(code, out.toString(), err.toString());
    }
}
