package org.census.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.census.io.questionnaire.QuestionnaireTemplate;
import org.census.model.CensusEdition;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Write a blank questionnaire workbook for one partnership: the spreadsheet form of a census "
                + "form, with drop-down lists and instructions in French.",
                "The regions offered are those of the census given (the bundled census when none is)."})
final class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CENSUS", description = "The census whose edition the questionnaire "
            + "serves (regions, reference date).")
    String census;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "The .xlsx file to write.")
    Path out;

    @Override
    public Integer call() {
        CensusEdition edition = CensusInput.load(census).edition();
        QuestionnaireTemplate.write(out, edition);
        PrintWriter w = spec.commandLine().getOut();
        w.println(out);
        w.flush();
        return 0;
    }
}
