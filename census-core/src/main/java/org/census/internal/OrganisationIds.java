package org.census.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of an organisation identifier as IATI uses it: a registration agency's prefix from org-id.guide (a country
 * or pseudo-country code, "-", the agency: "FR-RCS", "XM-DAC", "XI-IATI"), "-", the identifier the agency gave. Only
 * the shape is checked: whether the agency lists the organisation is for the publisher to know.
 */
public final class OrganisationIds {
    /** An identifier as an example in messages: the IATI Secretariat's own prefix, for self-registered publishers. */
    public static final String EXAMPLE = "XI-IATI-12345";

    // Prefix (two letters, "-", letters and digits), "-", then no space and none of the characters IATI's ruleset
    // forbids in identifiers (rules 1.3.13 and 1.14.13: / & | ?).
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}-[A-Z0-9]+-[^\\s/&|?]+");
    private static final int MAX_LENGTH = 200;

    private OrganisationIds() {
    }

    /** What is wrong with the identifier's shape, empty when it has the shape IATI expects. */
    public static Optional<String> problem(String id) {
        if (id.length() > MAX_LENGTH) {
            return Optional.of("an organisation identifier has at most " + MAX_LENGTH + " characters, got "
                    + id.length());
        }
        if (!SHAPE.matcher(id).matches()) {
            return Optional.of("\"" + Messages.cut(id, 60) + "\" is not an organisation identifier: expected an "
                    + "org-id.guide prefix, '-', the identifier, with no space, '/', '&', '|' or '?' (e.g. "
                    + EXAMPLE + ")");
        }
        return Optional.empty();
    }
}
