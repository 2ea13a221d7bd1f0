package org.census.model;

import org.census.CensusLimits;
import java.util.Objects;

/**
 * A contact person for a form. Personal data: kept in its own type so that exports for publication can leave it out
 * ({@link Census#withoutContacts()}).
 *
 * @param side which side the person is on
 * @param name the person's name as printed ("" when only an organisation is given)
 * @param role what follows the name: function, organisation
 * @param raw  the text about this person, verbatim
 */
public record Contact(ContactSide side, String name, String role, String raw) {
    public Contact {
        Objects.requireNonNull(side, "side");
        CensusLimits.requireText(Objects.requireNonNull(name, "name"), "name");
        CensusLimits.requireText(Objects.requireNonNull(role, "role"), "role");
        CensusLimits.requireText(Objects.requireNonNull(raw, "raw"), "raw");
    }
}
