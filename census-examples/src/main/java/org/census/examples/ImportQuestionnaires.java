package org.census.examples;

import java.nio.file.Path;
import java.util.List;

import org.census.bundled.BundledCensus;
import org.census.io.questionnaire.ImportIssue;
import org.census.io.questionnaire.ImportResult;
import org.census.io.questionnaire.QuestionnaireImport;

/**
 * Import a folder of filled questionnaire workbooks into one census and report the errors: each finding names the
 * file and the cell ({@code Fiche!B10}) and says, in French, what is expected. A bad file does not stop the others.
 */
public final class ImportQuestionnaires {
    public static ImportResult importFolder(Path folder) {
        // The questionnaires answer the Mali 2013 census: its edition gives the regions and the reference date.
        ImportResult result = QuestionnaireImport.run(List.of(folder), BundledCensus.load().edition());
        for (ImportIssue issue : result.issues()) {
            System.out.println(issue);
        }
        System.out.println(result.census().partnerships().size() + " partnerships imported, "
                + result.issues().size() + " findings");
        return result;
    }

    public static void main(String[] args) {
        importFolder(Path.of(args.length > 0 ? args[0] : "."));
    }
}
