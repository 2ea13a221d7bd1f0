package org.census.io.questionnaire;

import java.util.List;
import java.util.Objects;

import org.census.model.Census;

/**
 * What an import gives: the census of the questionnaires that could be read, and every finding, file by file.
 *
 * @param census the partnerships read, one per questionnaire (duplicates resolved)
 * @param issues the findings, in the order of the files
 */
public record ImportResult(Census census, List<ImportIssue> issues) {
    /**
     * Copies the list of findings.
     *
     * @param census the partnerships read, one per questionnaire (duplicates resolved)
     * @param issues the findings, in the order of the files
     */
    public ImportResult {
        Objects.requireNonNull(census, "census");
        issues = List.copyOf(issues);
    }

    /** {@return true when no file had an error} */
    public boolean clean() {
        return issues.stream().noneMatch(i -> i.severity() == Severity.ERROR);
    }
}
