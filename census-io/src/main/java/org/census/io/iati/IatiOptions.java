package org.census.io.iati;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.census.CensusException;
import org.census.internal.OrganisationIds;
import org.census.io.spi.FormatOptions;

/**
 * The IATI format's options, typed: parsed once from the {@code key=value} text, checked here.
 *
 * @param org     the reporting organisation's identifier, in place of the edition's {@code publisherOrgId}
 * @param orgType the reporting organisation's type, a code of IATI's OrganisationType list (the census does not say
 *                what kind of body its publisher is): 90 Other unless given
 */
record IatiOptions(Optional<String> org, String orgType) {
    // IATI's OrganisationType codelist, version 2.03.
    static final Set<String> ORGANISATION_TYPES = Set.of("10", "11", "15", "21", "22", "23", "24", "30", "40", "60",
            "70", "71", "72", "73", "80", "90");
    /** The options, as {@code census formats} lists them. */
    static final Map<String, String> DESCRIPTIONS = FormatOptions.described(
            "org", "the reporting organisation's IATI identifier (e.g. XI-IATI-...), when the census edition has none",
            "org-type", "the reporting organisation's IATI OrganisationType code (default 90, Other; 22 for a "
                    + "national NGO such as a network of local authorities)");

    static IatiOptions of(FormatOptions options) {
        options.onlyKeys(IatiCensusFormat.INFO.name(), DESCRIPTIONS.keySet());
        Optional<String> org = options.get("org");
        org.flatMap(OrganisationIds::problem).ifPresent(problem -> {
            throw new CensusException("format option org: " + problem);
        });
        return new IatiOptions(org, options.choice("org-type", ORGANISATION_TYPES, "90"));
    }
}
