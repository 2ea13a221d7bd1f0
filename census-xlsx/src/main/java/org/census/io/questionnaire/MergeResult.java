package org.census.io.questionnaire;

import java.util.List;
import java.util.Objects;

import org.census.model.Census;

/**
 * What merging imported questionnaires into a census gives.
 *
 * @param census  the census with the newer partnerships in place and the new ones added
 * @param changes one line per imported partnership, in the order of the import
 */
public record MergeResult(Census census, List<MergeChange> changes) {
    /**
     * Copies the list of changes.
     *
     * @param census  the census with the newer partnerships in place and the new ones added
     * @param changes one line per imported partnership, in the order of the import
     */
    public MergeResult {
        Objects.requireNonNull(census, "census");
        changes = List.copyOf(changes);
    }
}
