package org.census.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

import org.census.CensusException;
import org.census.internal.TempFiles;

/**
 * {@code census}: the command-line tool. Exit codes: 0 success; 1 invalid input or a failed write, with one line
 * {@code census: FILE: LOCATION: what is wrong} on standard error (no stack trace unless {@code --debug}), also for an
 * out-of-memory error (with the fix) and a bug; 2 usage error, with picocli's usage message; 130 and 143 interrupted
 * (Ctrl-C, SIGTERM), the temporary files removed.
 */
@Command(name = "census", mixinStandardHelpOptions = true, versionProvider = CensusCommand.Version.class,
        description = "Censuses of decentralised cooperation: overview, report, formats and charts.",
        scope = CommandLine.ScopeType.INHERIT)
public final class CensusCommand {

    @Option(names = "--debug", description = "Show the stack trace of an error.", scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    /** What relative file arguments are relative to: the empty path, the JVM's own, except in in-process tests. */
    private final Path workingDirectory;
    /** What {@code -} as an input reads: System.in, except in in-process tests. */
    private final InputStream standardInput;

    private CensusCommand(Path workingDirectory, InputStream standardInput) {
        this.workingDirectory = workingDirectory;
        this.standardInput = standardInput;
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(run(args));
    }

    /**
     * POI logs through the Log4j API, which complains on standard error when no logging back end is installed. The
     * tool reports what matters itself, so library logging goes to Log4j's simple logger, switched off, unless the
     * user configured Log4j.
     */
    static void quietLibraryLogging() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }

    /** Runs the tool and returns its exit code; used by {@link #main} and the start-up training. */
    public static int run(String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // What picocli prints, without picocli: its model of even the top level (a proxy class for each of its
            // annotations, its built-in converters) is most of the time of a census --version.
            PrintStream out = System.out;
            for (String line : new Version().getVersion()) {
                out.println(line);
            }
            out.flush();
            return 0;
        }
        return run(commandLine(Path.of(""), System.in, args), args);
    }

    /**
     * Runs a command line; the errors the JVM throws (which picocli passes on) become one line on its standard error
     * too.
     */
    static int run(CommandLine cl, String... args) {
        // Made before the run: after an out-of-memory error, the message should need little.
        String running = ErrorLine.running(args);
        String line;
        Error error;
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            line = ErrorLine.outOfMemory(running, Runtime.getRuntime().maxMemory(),
                    System.getProperty(LAUNCHER_PROPERTY));
            error = e;
        } catch (StackOverflowError e) {
            line = ErrorLine.stackOverflow(running);
            error = e;
        } catch (Error e) {
            line = ErrorLine.internal(running, e);
            error = e;
        }
        if (TempFiles.shuttingDown()) {
            return INTERRUPTED;
        }
        PrintWriter err = cl.getErr();
        err.println(line);
        if (java.util.Arrays.asList(args).contains("--debug")) {
            error.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    /** Seldom seen: after a signal, System.exit waits for the JVM, which ends with the signal's code (130, 143). */
    private static final int INTERRUPTED = 130;

    /** Set by the {@code census} launcher script to its own path: the fix for an out-of-memory error names it. */
    static final String LAUNCHER_PROPERTY = "census.launcher";

    /** The tool with every subcommand (the tests that parse several command lines with one). */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new CensusCommand(Path.of(""), System.in));
        Subcommands.addAll(cl);
        return configured(cl, Path.of(""));
    }

    /**
     * The tool for a run with these arguments, with its file arguments relative to {@code workingDirectory} and its
     * standard input given, so that tests can run it in-process in a folder of their own (standard output and error
     * are the command line's {@code setOut}, {@code setErr}). With the empty path, every file argument is the path
     * as typed ({@code Path.of("").resolve(x)} is {@code x}): what the JVM's working directory makes of it, and what
     * messages name. It holds only the subcommands the arguments need ({@link Subcommands}), which are parsed the same.
     */
    static CommandLine commandLine(Path workingDirectory, InputStream standardInput, String... args) {
        CommandLine cl = new CommandLine(new CensusCommand(workingDirectory, standardInput));
        Subcommands.addFor(cl, args);
        return configured(cl, workingDirectory);
    }

    /** The settings of the tool, set after its subcommands are added: picocli gives them to those it has then. */
    private static CommandLine configured(CommandLine cl, Path workingDirectory) {
        cl.registerConverter(Path.class, new PathConverter(workingDirectory));
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** The file a CENSUS-like argument of a command names, relative to the run's working directory. */
    static Path file(CommandSpec spec, String argument) {
        return file(of(spec).workingDirectory, argument);
    }

    /** The run's standard input, which {@code -} names as an input. */
    static InputStream standardInput(CommandSpec spec) {
        return of(spec).standardInput;
    }

    private static CensusCommand of(CommandSpec spec) {
        return (CensusCommand) spec.root().userObject();
    }

    /** {@code -} stays itself: the commands read it as standard input, or refuse it as an output. */
    private static Path file(Path workingDirectory, String argument) {
        return argument.equals("-") ? Path.of(argument) : workingDirectory.resolve(argument);
    }

    /**
     * A file argument, relative to the run's working directory. A class, not a lambda: a lambda's class implementing
     * a picocli interface (a Java 5 class file) keeps that interface and every class implementing it out of the
     * launcher's class-data-sharing archive, and picocli's own type converters with it.
     */
    private record PathConverter(Path workingDirectory) implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String argument) {
            return file(workingDirectory, argument);
        }
    }

    /** Input and write errors: one line and exit code 1. Anything else is a bug: say so, also in one line. */
    static final class ErrorHandler implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
            if (TempFiles.shuttingDown()) {
                // Stopped by a signal: its temporary files were removed under it, which is no error to report.
                return INTERRUPTED;
            }
            PrintWriter err = cl.getErr();
            boolean debug = parsed.matchedOptions().stream().anyMatch(o -> o.longestName().equals("--debug"))
                    || parsed.subcommands().stream().anyMatch(s -> s.hasMatchedOption("--debug"));
            if (e instanceof CensusException) {
                err.println(ErrorLine.of(e.getMessage()));
            } else {
                err.println(ErrorLine.internal(ErrorLine.running(parsed.originalArgs().toArray(String[]::new)), e));
            }
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return 1;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = CensusCommand.class.getPackage().getImplementationVersion();
            return new String[] {"census " + (v == null ? "(development build)" : v)};
        }
    }
}
