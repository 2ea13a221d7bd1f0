package org.census.internal;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.census.model.Partnership;
import org.census.model.Census;

/**
 * The rule that identifies the forms of a census, checked one form at a time in the census's order: no two forms have
 * the same id, and a form's {@code sameAs} names an earlier form. The {@link Census} constructor holds every census
 * to it; a streaming reader checks each form as it comes and reports a violation at the field's place in its file.
 * Not thread-safe: one instance per census being read.
 */
public final class PartnershipIds {
    private final Set<String> seen = new HashSet<>();

    /** What a form does wrong: the field at fault and the problem, in one line. */
    public record Violation(Field field, String problem) {
        public Violation {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(problem, "problem");
        }
    }

    /** The fields of {@link Partnership} the rule is about. */
    public enum Field { ID, SAME_AS }

    /**
     * Takes the next form: empty if it keeps the rule (its id is then taken), else what is wrong. A form is not an
     * earlier form of itself.
     */
    public Optional<Violation> add(Partnership p) {
        if (seen.contains(p.id())) {
            return Optional.of(new Violation(Field.ID, "two partnerships have the id \"" + p.id() + "\""));
        }
        if (p.sameAs().isPresent() && !seen.contains(p.sameAs().get())) {
            return Optional.of(new Violation(Field.SAME_AS, "partnership \"" + p.id() + "\" is the same as \""
                    + p.sameAs().get() + "\", which is not an earlier partnership of the census"));
        }
        seen.add(p.id());
        return Optional.empty();
    }
}
