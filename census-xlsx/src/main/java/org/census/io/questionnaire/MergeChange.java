package org.census.io.questionnaire;

import java.util.Objects;

/**
 * What a merge ({@link QuestionnaireMerge}) did with one imported partnership: one line of its report.
 *
 * @param partnershipId the partnership's id in the merged census
 * @param outcome       added, replaced, or kept as the census had it
 * @param detail        why, in French: the dates compared, or how the partnership was recognised
 */
public record MergeChange(String partnershipId, Outcome outcome, String detail) {
    /** What became of an imported partnership. */
    public enum Outcome {
        /** The census did not have it: it is added at the end. */
        ADDED("ajouté"),
        /** Its questionnaire is newer: it takes the place of the census's partnership. */
        REPLACED("remplacé"),
        /** The census's partnership is as recent or newer, or the questionnaire could be several: it stays. */
        KEPT("gardé");

        private final String word;

        Outcome(String word) {
            this.word = word;
        }
    }

    /**
     * Checks that every component is given.
     *
     * @param partnershipId the partnership's id in the merged census
     * @param outcome       added, replaced, or kept as the census had it
     * @param detail        why, in French: the dates compared, or how the partnership was recognised
     */
    public MergeChange {
        Objects.requireNonNull(partnershipId, "partnershipId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return outcome.word + " : " + partnershipId + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
