package org.census.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.census.CensusException;

/** Every way the tool can stop gives one bounded line on standard error, naming the right file or the command. */
class ErrorLineTest {

    /** A command of the test's own that fails as asked: the tool's handling of what no real input should cause. */
    @Command(name = "fail")
    static final class Fail implements Callable<Integer> {
        @Option(names = "--with")
        String with;

        @Override
        public Integer call() {
            switch (with) {
                case "oom" -> throw new OutOfMemoryError("Java heap space");
                case "stack" -> throw new StackOverflowError();
                case "error" -> throw new AssertionError("broken invariant");
                case "npe" -> throw new NullPointerException();
                case "long" -> throw new CensusException("big.json: /notes: " + "x".repeat(1_000_000));
                default -> throw new IllegalArgumentException(with);
            }
        }
    }

    record Run(int code, String err) {
    }

    private static Run fail(String with, String... more) {
        CommandLine cl = CensusCommand.commandLine().addSubcommand(new Fail());
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        String[] args = new String[2 + more.length];
        args[0] = "fail";
        args[1] = "--with=" + with;
        System.arraycopy(more, 0, args, 2, more.length);
        return new Run(CensusCommand.run(cl, args), err.toString());
    }

    private static Run run(String... args) {
        Cli.Run r = CensusCommandTest.run(args);
        return new Run(r.code(), r.err());
    }

    @Test
    void anOutOfMemoryErrorNamesTheLimitTheFixAndTheCommandRunning() {
        Run r = fail("oom");
        long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith(String.format(Locale.ROOT, "census: out of memory running 'census fail "
                + "--with=oom': the Java heap is limited to %,d MB; give it more: java -Xmx", mb))
                .contains(" -jar census.jar fail --with=oom").doesNotContain("census convert");
    }

    @Test
    void theFixForAnOutOfMemoryErrorIsFourTimesTheHeapThroughTheLauncherWhenItRuns() {
        assertThat(ErrorLine.outOfMemory("census convert big.xlsx big.json", 128L << 20, "./census"))
                .isEqualTo("census: out of memory running 'census convert big.xlsx big.json': the Java heap is "
                        + "limited to 128 MB; give it more: JAVA_OPTS=-Xmx512m ./census convert big.xlsx big.json");
        assertThat(ErrorLine.outOfMemory("census report", 1L << 30, null))
                .endsWith("limited to 1,024 MB; give it more: java -Xmx4g -jar census.jar report");
        assertThat(ErrorLine.outOfMemory("census report", 20L << 20, null)).endsWith("java -Xmx256m -jar census.jar "
                + "report");
    }

    @Test
    void aStackOverflowIsOneLineNamingTheCommandNotNull() {
        Run r = fail("stack");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).containsExactly("census: stack overflow running 'census fail --with=stack': an "
                + "input is nested deeper than the tool can follow; please report it (--debug shows the stack trace), "
                + "or give Java a larger stack: java -Xss16m");
        assertThat(fail("stack", "--debug").err()).contains("\tat ");
    }

    @Test
    void aBugIsOneLineThatSaysSoWithoutNull() {
        assertThat(fail("error").err().lines()).containsExactly("census: internal error running 'census fail "
                + "--with=error': java.lang.AssertionError: broken invariant (please report it; --debug shows the "
                + "stack trace)");
        assertThat(fail("npe").err().lines()).containsExactly("census: internal error running 'census fail "
                + "--with=npe': java.lang.NullPointerException (please report it; --debug shows the stack trace)");
    }

    @Test
    void aLongMessageIsCutToOneBoundedLine() {
        Run r = fail("long");
        assertThat(r.err().lines()).hasSize(1);
        String line = r.err().lines().findFirst().orElseThrow();
        assertThat(line).hasSize(ErrorLine.MAX_LENGTH).startsWith("census: big.json: /notes: xxx").endsWith("x…");
    }

    @Test
    void aMissingInputIsTheInputsErrorNotTheOutputs(@TempDir Path dir) {
        Path out = dir.resolve("out.xlsx");
        String missing = dir.resolve("missing.json").toString();
        assertThat(run("convert", missing, out.toString()).err().strip())
                .isEqualTo("census: " + missing + ": no such file");
        assertThat(run("overview", missing).err().strip()).isEqualTo("census: " + missing + ": no such file");
        assertThat(run("import", "--lang", "en", missing, "-o", out.toString()).err().strip())
                .isEqualTo("census: " + missing + ": no such file or folder");
        assertThat(run("template", missing, "-o", out.toString()).err().strip())
                .isEqualTo("census: " + missing + ": no such file");
        assertThat(out).doesNotExist();
    }

    @Test
    void aDirectoryWhereAFileIsExpectedIsSaidSo(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("census.json"));
        Run r = run("convert", folder.toString(), dir.resolve("out.json").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("census: " + folder + ": a directory, not a file");
        assertThat(run("report", folder.toString(), "--out", dir.resolve("r").toString()).err().strip())
                .isEqualTo("census: " + folder + ": a directory, not a file");
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    @Test
    void anUnreadableInputIsSaidSo(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("census.json"), "{}");
        Files.setPosixFilePermissions(input, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(input), "not root, for whom no permission blocks reading");
        assertThat(run("convert", input.toString(), dir.resolve("out.json").toString()).err().strip())
                .isEqualTo("census: " + input + ": cannot read: permission denied");
        assertThat(run("import", "--lang", "en", input.toString(), "-o", dir.resolve("out.json").toString()).err()
                .strip())
                .isEqualTo("census: " + input + ": cannot read: permission denied");
        assertThat(dir.resolve("out.json")).doesNotExist();
    }
}
