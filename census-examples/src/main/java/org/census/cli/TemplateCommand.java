package org.census.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.census.io.questionnaire.QuestionnaireTemplate;
import org.census.CensusException;
import org.census.model.Census;
import org.census.model.CensusEdition;
import org.census.model.Partnership;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Write a blank questionnaire workbook for one partnership: the spreadsheet form of a census "
                + "form, with drop-down lists and instructions in French.",
                "The regions offered are those of the census given (the bundled census when none is); with "
                        + "--partnership, the questionnaire comes filled with that partnership's form."})
final class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CENSUS", description = "The census whose edition the questionnaire "
            + "serves (regions, reference date).")
    String census;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "The .xlsx file to write.")
    Path out;

    @Option(names = "--partnership", paramLabel = "ID", description = "Fill the questionnaire with this "
            + "partnership of the census, for its authority to update (see the ids in the census JSON).")
    String partnership;

    @Mixin
    ContactsOption contacts;

    @Override
    public Integer call() {
        OutputArgument.requireFile(out);
        String name = out.getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            // The questionnaire is an Excel workbook: under another name it would open as garbage or not at all.
            throw new CensusException(out + ": a questionnaire is written as .xlsx (Excel, LibreOffice and "
                    + "OnlyOffice open it); name the file " + name.replaceFirst("(\\.[^.]*)?$", ".xlsx"));
        }
        Census loaded = CensusInput.load(spec, census);
        CensusEdition edition = loaded.edition();
        if (partnership == null) {
            QuestionnaireTemplate.write(out, edition);
        } else {
            Partnership p = loaded.partnership(partnership).orElseThrow(() -> new CensusException("no partnership \""
                    + partnership + "\" in " + (census == null ? "the bundled census" : census) + "; for example: "
                    + loaded.partnerships().stream().limit(3).map(Partnership::id).toList()
                    + " (census list shows them all)"));
            QuestionnaireTemplate.write(out, edition, contacts.apply(p));
        }
        PrintWriter w = OutputArgument.summary(spec, out);
        w.println(out);
        w.flush();
        return 0;
    }
}
