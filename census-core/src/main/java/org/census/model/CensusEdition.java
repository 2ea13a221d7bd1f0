package org.census.model;

import org.census.CensusLimits;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.census.internal.OrganisationIds;
import org.census.text.DateText;

/**
 * What a census is: its title, who published it, about which partner country, when.
 *
 * @param id                  a short stable identifier ("ml-2013")
 * @param title               the title
 * @param subtitle            the subtitle, if any
 * @param publisher           who published it
 * @param partnerCountry      the partner country, ISO 3166 alpha-2 ("ML")
 * @param language            the language of the forms, ISO 639-1 ("fr")
 * @param editionDate         the date of this edition ("Version au 8 novembre 2013")
 * @param surveyPeriod        when the questionnaires were collected
 * @param crisisReferenceDate the reference date of the continuation question (for Mali, 22 March 2012)
 * @param sourceUrl           where the source document is published
 * @param sourceLine          the credit line for charts and tables ("Cités Unies France, recensement 2013")
 * @param regions             the partner country's first-level regions, in the order the census lists them
 * @param publisherOrgId      the publisher's organisation identifier as IATI uses it (an org-id.guide prefix, "-",
 *                            the identifier: "XM-DAC-41114", "XI-IATI-..."), if it has one; open-data exports that
 *                            need it take it from here
 * @param texts               the edition's own texts (title page, foreword, overview narrative, ...), verbatim, for
 *                            regenerating the published document; {@link EditionTexts#NONE} when it has none
 */
public record CensusEdition(String id, String title, Optional<String> subtitle, String publisher,
                            String partnerCountry, String language, LocalDate editionDate, DateText surveyPeriod,
                            LocalDate crisisReferenceDate, Optional<String> sourceUrl, String sourceLine,
                            List<String> regions, Optional<String> publisherOrgId, EditionTexts texts) {
    public CensusEdition {
        CensusLimits.requireText(Objects.requireNonNull(id, "id"), "id");
        CensusLimits.requireText(Objects.requireNonNull(title, "title"), "title");
        Objects.requireNonNull(subtitle, "subtitle").ifPresent(s -> CensusLimits.requireText(s, "subtitle"));
        CensusLimits.requireText(Objects.requireNonNull(publisher, "publisher"), "publisher");
        Objects.requireNonNull(partnerCountry, "partnerCountry");
        if (!partnerCountry.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("partnerCountry must be an ISO 3166 alpha-2 code such as ML, got "
                    + partnerCountry);
        }
        CensusLimits.requireText(Objects.requireNonNull(language, "language"), "language");
        Objects.requireNonNull(editionDate, "editionDate");
        CensusLimits.requireText(Objects.requireNonNull(surveyPeriod, "surveyPeriod").raw(), "surveyPeriod");
        Objects.requireNonNull(crisisReferenceDate, "crisisReferenceDate");
        Objects.requireNonNull(sourceUrl, "sourceUrl").ifPresent(s -> CensusLimits.requireText(s, "sourceUrl"));
        CensusLimits.requireText(Objects.requireNonNull(sourceLine, "sourceLine"), "sourceLine");
        regions = CensusLimits.requireList(regions, "regions");
        Objects.requireNonNull(publisherOrgId, "publisherOrgId").ifPresent(o -> OrganisationIds.problem(o)
                .ifPresent(problem -> {
                    throw new IllegalArgumentException("publisherOrgId: " + problem);
                }));
        Objects.requireNonNull(texts, "texts");
    }

    /** An edition without texts of its own. */
    public CensusEdition(String id, String title, Optional<String> subtitle, String publisher, String partnerCountry,
                         String language, LocalDate editionDate, DateText surveyPeriod,
                         LocalDate crisisReferenceDate, Optional<String> sourceUrl, String sourceLine,
                         List<String> regions, Optional<String> publisherOrgId) {
        this(id, title, subtitle, publisher, partnerCountry, language, editionDate, surveyPeriod, crisisReferenceDate,
                sourceUrl, sourceLine, regions, publisherOrgId, EditionTexts.NONE);
    }

    /** An edition whose publisher has no organisation identifier given. */
    public CensusEdition(String id, String title, Optional<String> subtitle, String publisher, String partnerCountry,
                         String language, LocalDate editionDate, DateText surveyPeriod,
                         LocalDate crisisReferenceDate, Optional<String> sourceUrl, String sourceLine,
                         List<String> regions) {
        this(id, title, subtitle, publisher, partnerCountry, language, editionDate, surveyPeriod, crisisReferenceDate,
                sourceUrl, sourceLine, regions, Optional.empty());
    }

    /** The same edition with this publisher's organisation identifier (or none). */
    public CensusEdition withPublisherOrgId(Optional<String> orgId) {
        return new CensusEdition(id, title, subtitle, publisher, partnerCountry, language, editionDate, surveyPeriod,
                crisisReferenceDate, sourceUrl, sourceLine, regions, orgId, texts);
    }

    /** The same edition with these texts. */
    public CensusEdition withTexts(EditionTexts newTexts) {
        return new CensusEdition(id, title, subtitle, publisher, partnerCountry, language, editionDate, surveyPeriod,
                crisisReferenceDate, sourceUrl, sourceLine, regions, publisherOrgId, newTexts);
    }
}
