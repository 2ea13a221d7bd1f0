package org.census.io.questionnaire;

/** How serious an import finding is. */
public enum Severity {
    /** The file, or the value, could not be taken: fix and import again. */
    ERROR,
    /** Taken, but a person should look. */
    WARNING
}
