package org.census.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.census.CensusException;
import org.census.internal.AtomicFiles;
import org.census.io.CensusFiles;
import org.census.io.ProgressListener;
import org.census.io.questionnaire.ImportIssue;
import org.census.io.questionnaire.ImportResult;
import org.census.io.questionnaire.QuestionnaireImport;
import org.census.io.questionnaire.Severity;
import org.census.model.Census;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Read filled questionnaire workbooks (files, or folders of .xlsx files) into one census, and "
                + "report, file by file, the errors and warnings with the sheet!cell and what is expected.",
                "A bad file does not stop the others. Exit code 0 when every file was read without error, 1 when "
                        + "some had errors (the census of the others is written all the same)."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILES|DIRS", description = "Questionnaires, or folders holding them.")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT", required = true,
            description = "The census to write (format by extension, or --to).")
    Path out;

    @Option(names = "--to", paramLabel = "FORMAT", description = "Format of OUT (default: by extension).")
    String to;

    @Option(names = "--edition", paramLabel = "CENSUS", description = "The census whose edition the questionnaires "
            + "answer (default: the bundled census).")
    String edition;

    @Mixin
    ContactsOption contacts;

    @Override
    public Integer call() {
        for (Path input : inputs) {
            // A mistyped argument is the user's, not a questionnaire's error: nothing is read, nothing written.
            if (!Files.exists(input)) {
                throw new CensusException(input + ": no such file or folder");
            }
            if (!Files.isReadable(input)) {
                throw new CensusException(input + ": cannot read: permission denied");
            }
        }
        OutputArgument.requireFile(out);
        AtomicFiles.requireNotAnInput(out, inputs);
        ImportResult result = QuestionnaireImport.run(inputs, CensusInput.load(edition).edition());
        Census census = contacts.apply(result.census());
        PrintWriter w = spec.commandLine().getOut();
        for (ImportIssue issue : result.issues()) {
            w.println(TerminalText.safe(issue.toString()));
        }
        if (census.partnerships().isEmpty()) {
            // An empty census would overwrite OUT with nothing: that is never what an import is for.
            w.flush();
            throw new CensusException("no questionnaire could be read from " + inputs + "; " + out
                    + " is left as it was");
        }
        CensusFiles.installed().write(census, out, Optional.ofNullable(to), ProgressListener.NONE);
        long errors = result.issues().stream().filter(i -> i.severity() == Severity.ERROR).count();
        long warnings = result.issues().size() - errors;
        w.flush();
        w = OutputArgument.summary(spec, out);
        w.printf("%s: %d partnerships; %d errors, %d warnings%n", out, census.partnerships().size(), errors,
                warnings);
        w.flush();
        return errors == 0 ? 0 : 1;
    }
}
