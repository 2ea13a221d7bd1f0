package org.census.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The subcommands of {@code census}, and which of them a run needs. picocli builds a subcommand's model by reading
 * every annotation of its class and of its mixins by reflection, about a tenth of a second for all of them on a cold
 * JVM: so a run adds only the subcommand its arguments name. A run that names none ({@code census}, {@code --help},
 * a usage error) gets, for the list of commands its usage message prints, each one's name and description read from
 * its {@code @Command} annotation alone; {@code census --version} gets none.
 *
 * <p>The parse is the one every subcommand would give: the top level's options ({@code --debug}, {@code -h},
 * {@code -V}) take no value, so the first argument that is no option names the subcommand picocli runs, and when a
 * later argument names one too (an error, or {@code help COMMAND}), every subcommand is added.
 */
final class Subcommands {
    /** Every subcommand, in the order {@code census --help} lists them. */
    static final List<Class<?>> ALL = List.of(ReportCommand.class, PublishCommand.class, OverviewCommand.class,
            ConvertCommand.class, ChartsCommand.class, GenerateCommand.class, TemplateCommand.class,
            ImportCommand.class, FormatsCommand.class, ListCommand.class, MapCommand.class,
            CommandLine.HelpCommand.class);

    /** Arguments that, with one of the first two, print the version and need no subcommand. */
    private static final List<String> VERSION_ONLY = List.of("--version", "-V", "--debug");

    private Subcommands() {
    }

    /** Adds every subcommand, as they run. */
    static void addAll(CommandLine cl) {
        ALL.forEach(cl::addSubcommand);
    }

    /** Adds what a run with these arguments needs: the subcommand they name, or the list for a usage message. */
    static void addFor(CommandLine cl, String... args) {
        List<String> all = Arrays.asList(args);
        int end = all.indexOf("--");
        // What picocli may read as the top level's options or a subcommand's name: after "--", only positions.
        List<String> top = end < 0 ? all : all.subList(0, end);
        int first = 0;
        while (first < top.size() && top.get(first).startsWith("-")) {
            first++;
        }
        Optional<Class<?>> named = first < top.size() ? command(top.get(first)) : Optional.empty();
        if (named.isPresent() && named.get() != CommandLine.HelpCommand.class
                && top.subList(0, first).stream().allMatch("--debug"::equals)) {
            cl.addSubcommand(named.get());
        } else if (top.stream().anyMatch(a -> command(a).isPresent())) {
            // help COMMAND, or an error before a subcommand's name: the usage of any of them may be printed.
            addAll(cl);
        } else if (!(end < 0 && VERSION_ONLY.containsAll(top)
                && (top.contains("--version") || top.contains("-V")))) {
            ALL.forEach(c -> cl.addSubcommand(listed(annotation(c))));
        }
    }

    /** The subcommand of that name. */
    private static Optional<Class<?>> command(String name) {
        return ALL.stream().filter(c -> annotation(c).name().equals(name)
                || Arrays.asList(annotation(c).aliases()).contains(name)).findFirst();
    }

    private static Command annotation(Class<?> command) {
        return command.getAnnotation(Command.class);
    }

    /** A subcommand as the list of commands shows it, and nothing else: it never runs. */
    private static CommandLine listed(Command command) {
        CommandSpec spec = CommandSpec.create().name(command.name()).aliases(command.aliases());
        spec.usageMessage().header(command.header()).description(command.description()).hidden(command.hidden());
        return new CommandLine(spec);
    }
}
