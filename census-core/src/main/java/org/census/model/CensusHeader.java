package org.census.model;

import org.census.CensusLimits;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A census without its partnerships: what a reader knows before the first partnership and a writer needs before
 * writing one, when a census is streamed one partnership at a time.
 *
 * @param edition        the edition
 * @param solidarityFund the solidarity fund, if the census has one (a streamed JSON document may give it only at its
 *                       end)
 * @param statedFigures  the figures the census's own overview prints
 */
public record CensusHeader(CensusEdition edition, Optional<SolidarityFund> solidarityFund,
                           List<StatedFigure> statedFigures) {
    public CensusHeader {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(solidarityFund, "solidarityFund");
        statedFigures = CensusLimits.requireCount(statedFigures, CensusLimits.MAX_LIST_LENGTH, "statedFigures");
    }

    /**
     * The header without personal data, as a streamed census is published: the edition's texts without their credits
     * and with the persons they name withheld ({@link EditionTexts#withoutContacts()}).
     */
    public CensusHeader withoutContacts() {
        EditionTexts texts = edition.texts().withoutContacts();
        return texts == edition.texts() ? this
                : new CensusHeader(edition.withTexts(texts), solidarityFund, statedFigures);
    }

    /** The census of this header and these partnerships. */
    public Census with(List<Partnership> partnerships) {
        return new Census(edition, partnerships, solidarityFund, statedFigures);
    }
}
