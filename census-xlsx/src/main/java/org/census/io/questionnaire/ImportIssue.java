package org.census.io.questionnaire;

import java.nio.file.Path;
import java.util.Objects;

import org.census.Location;

/**
 * One finding of an import.
 *
 * @param file     the questionnaire
 * @param location where in it: a cell ({@code Fiche!B7}), or {@link Location#NONE} for the whole file
 * @param severity how serious
 * @param message  what is wrong and what is expected, in French (the people who fill questionnaires read it)
 */
public record ImportIssue(Path file, Location location, Severity severity, String message) {
    /**
     * Checks that every component is given.
     *
     * @param file     the questionnaire
     * @param location where in it: a cell ({@code Fiche!B7}), or {@link Location#NONE} for the whole file
     * @param severity how serious
     * @param message  what is wrong and what is expected, in French (the people who fill questionnaires read it)
     */
    public ImportIssue {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file.getFileName() + (location.isNone() ? "" : " " + location) + ": " + severity + ": " + message;
    }
}
