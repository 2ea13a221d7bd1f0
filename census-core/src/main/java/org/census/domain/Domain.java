package org.census.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An action's intervention domain: the raw domain cell, and the categories read from it and from the action's
 * description.
 *
 * @param raw      the domain cell, verbatim (may be empty)
 * @param category the main category
 * @param also     other categories the texts mention, without the main one
 * @param source   which text gave the main category
 */
public record Domain(String raw, DomainCategory category, List<DomainCategory> also, ClassificationSource source) {
    public Domain {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(source, "source");
        also = List.copyOf(also);
        if (also.contains(category)) {
            throw new IllegalArgumentException("'also' repeats the main category " + category);
        }
    }

    /** Classifies a domain cell, helped by the action's description. */
    public static Domain classify(String raw, String description) {
        return DomainClassifier.french().classify(raw, description);
    }

    /** The main category then the others. */
    public List<DomainCategory> categories() {
        List<DomainCategory> all = new ArrayList<>();
        all.add(category);
        all.addAll(also);
        return List.copyOf(all);
    }

    public boolean mentions(DomainCategory c) {
        return category == c || also.contains(c);
    }
}
