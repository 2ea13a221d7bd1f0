package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

import org.census.cli.Cli.Run;

/**
 * A run holds only the subcommands its arguments need, and behaves as the tool with all of them: same output, same
 * exit code, for help, version, usage errors and the commands themselves.
 */
class SubcommandsTest {

    static Stream<List<String>> commandLines() {
        return Stream.of(List.of(), List.of("--help"), List.of("-h"), List.of("--version"), List.of("-V"),
                List.of("--debug", "--version"), List.of("-hV"), List.of("help"), List.of("help", "overview"),
                List.of("help", "help"), List.of("help", "bogus"), List.of("overview", "--help"),
                List.of("formats", "--help"), List.of("bogus"), List.of("--bogus"), List.of("--bogus", "overview"),
                List.of("bogus", "overview"), List.of("--", "overview"), List.of("-h", "overview"),
                List.of("overview", "--bogus"), List.of("--debug", "list", "--region", "Kayes"),
                List.of("overview", "list"), List.of("convert"), List.of("--version", "bogus"), List.of("formats"),
                List.of("--debug"), List.of("list", "--", "--help"));
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void aRunBehavesAsTheToolWithEverySubcommand(List<String> args) {
        String[] a = args.toArray(String[]::new);
        assertThat(Cli.run(Path.of(""), a)).isEqualTo(withEverySubcommand(a));
    }

    private static Run withEverySubcommand(String... args) {
        CommandLine cl = CensusCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(CensusCommand.run(cl, args), out.toString(), err.toString());
    }

    private static Map<String, CommandLine> subcommands(String... args) {
        return CensusCommand.commandLine(Path.of(""), new ByteArrayInputStream(new byte[0]), args).getSubcommands();
    }

    private static Object command(Map<String, CommandLine> subcommands, String name) {
        return subcommands.get(name).getCommandSpec().userObject();
    }

    @Test
    void theVersionNeedsNoSubcommand() {
        assertThat(subcommands("--version")).isEmpty();
        assertThat(subcommands("-V", "--debug")).isEmpty();
    }

    @Test
    void theVersionAlonePrintsWhatPicocliPrints() {
        Run picocli = withEverySubcommand("--version");
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            code = CensusCommand.run("--version");
        } finally {
            System.setOut(out);
        }
        assertThat(code).isEqualTo(picocli.code()).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"))
                .isEqualTo(picocli.out().replace(System.lineSeparator(), "\n")).startsWith("census ");
    }

    @Test
    void aCommandGetsOnlyItself() {
        assertThat(subcommands("overview", "--json")).containsOnlyKeys("overview");
        assertThat(command(subcommands("overview"), "overview")).isInstanceOf(OverviewCommand.class);
        assertThat(subcommands("--debug", "list", "map")).containsOnlyKeys("list");
    }

    @Test
    void theHelpListsEverySubcommandWithoutBuildingThem() {
        Map<String, CommandLine> listed = subcommands("--help");
        assertThat(listed.keySet()).containsExactlyElementsOf(CensusCommand.commandLine().getSubcommands().keySet());
        assertThat(listed.values()).allSatisfy(c -> assertThat(c.getCommandSpec().userObject()).isNull());
    }

    @Test
    void helpOnACommandGetsThemAll() {
        assertThat(command(subcommands("help", "overview"), "overview")).isInstanceOf(OverviewCommand.class);
        assertThat(subcommands("help", "overview")).hasSize(Subcommands.ALL.size());
    }
}
