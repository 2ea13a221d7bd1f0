package org.census.model;

import org.census.CensusLimits;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A body that takes part in a partnership.
 *
 * @param name    its usual name ("Conseil général de l'Allier")
 * @param raw     the words of the form that name it, verbatim ("CONSEIL GENERAL DE L'ALLIER")
 * @param kind    what kind of body it is
 * @param role    the part it plays
 * @param place   where it sits in its country, coarse to fine (may be empty)
 * @param country its ISO 3166 alpha-2 country, for parties of a third country (Bous: DE)
 */
public record Party(String name, String raw, AuthorityKind kind, PartyRole role, List<PlaceLevel> place,
                    Optional<String> country) {
    public Party {
        CensusLimits.requireText(Objects.requireNonNull(name, "name"), "name");
        CensusLimits.requireText(Objects.requireNonNull(raw, "raw"), "raw");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        place = List.copyOf(place);
        // The levels fill one cell of the tables, the names another.
        CensusLimits.requireList(place.stream().map(PlaceLevel::level).toList(), "place");
        CensusLimits.requireList(place.stream().map(PlaceLevel::name).toList(), "place");
        Objects.requireNonNull(country, "country").ifPresent(c -> CensusLimits.requireText(c, "country"));
    }

    /** The name of the place at a level ("cercle"), if the form gives it. */
    public Optional<String> placeAt(String level) {
        return place.stream().filter(p -> p.level().equals(level)).map(PlaceLevel::name).findFirst();
    }
}
