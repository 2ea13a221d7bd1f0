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
import org.census.io.questionnaire.MergeChange;
import org.census.io.questionnaire.MergeResult;
import org.census.io.questionnaire.QuestionnaireMerge;
import org.census.io.questionnaire.QuestionnaireImport;
import org.census.io.questionnaire.Severity;
import org.census.model.Census;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Read filled questionnaire workbooks (files, or folders of .xlsx files) into one census, and "
                + "report, file by file, the errors and warnings with the sheet!cell and what is expected.",
                "With --into CENSUS the questionnaires are merged into that census instead: per partnership (by id, "
                        + "else by its parties on both sides), the newest update date wins, as when two questionnaires "
                        + "of one partnership arrive; a line per partnership says whether it was added, replaced or "
                        + "kept (the census's is as recent or newer). What a questionnaire has no field for (the "
                        + "source's section, the form it repeats, third-country parties) is kept from the census.",
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

    @Option(names = "--into", paramLabel = "CENSUS", description = "Merge the questionnaires into this census (any "
            + "readable format) and write the result to OUT; the questionnaires answer its edition.")
    String into;

    @Mixin
    ContactsOption contacts;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        Texts texts = new Texts(language.locale());
        for (Path input : inputs) {
            // A mistyped argument is the user's, not a questionnaire's error: nothing is read, nothing written.
            if (!Files.exists(input)) {
                throw new CensusException(texts.get("import.noSuchInput", input));
            }
            if (!Files.isReadable(input)) {
                throw new CensusException(texts.get("import.unreadable", input));
            }
        }
        OutputArgument.requireFile(out);
        AtomicFiles.requireNotAnInput(out, inputs);
        if (into != null && edition != null) {
            throw new CensusException(texts.get("import.intoAndEdition"));
        }
        Optional<Census> base = Optional.ofNullable(into).map(f -> CensusInput.load(spec, f));
        ImportResult result = QuestionnaireImport.run(inputs, base.orElseGet(() -> CensusInput.load(spec, edition))
                .edition());
        PrintWriter w = spec.commandLine().getOut();
        for (ImportIssue issue : result.issues()) {
            w.println(TerminalText.safe(line(issue, texts)));
        }
        if (result.census().partnerships().isEmpty()) {
            // An empty census would overwrite OUT with nothing: that is never what an import is for.
            w.flush();
            throw new CensusException(texts.get("import.nothingRead", inputs.toString(), out));
        }
        Census census = result.census();
        if (base.isPresent()) {
            MergeResult merged = QuestionnaireMerge.into(base.get(), census);
            for (MergeChange change : merged.changes()) {
                w.println(TerminalText.safe(texts.get("import.change", texts.get("import." + change.outcome()),
                        change.partnershipId(), change.detail().isEmpty() ? "" : " (" + change.detail() + ")")));
            }
            census = merged.census();
        }
        census = contacts.apply(census);
        CensusFiles.installed().write(census, out, Optional.ofNullable(to), ProgressListener.NONE);
        long errors = result.issues().stream().filter(i -> i.severity() == Severity.ERROR).count();
        long warnings = result.issues().size() - errors;
        w.flush();
        w = OutputArgument.summary(spec, out);
        w.println(texts.get("import.summary", out, census.partnerships().size(), errors, warnings));
        w.flush();
        return errors == 0 ? 0 : 1;
    }

    /**
     * A finding in the user's language, but for its message: the questionnaire reader words that in French, for the
     * people who fill the questionnaires in, and it quotes the questionnaire's French labels.
     */
    static String line(ImportIssue issue, Texts texts) {
        return texts.get("import.issue", issue.file().getFileName() + (issue.location().isNone() ? ""
                : " " + issue.location()), texts.get("import." + issue.severity()), issue.message());
    }
}
