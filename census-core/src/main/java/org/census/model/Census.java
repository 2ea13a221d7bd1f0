package org.census.model;

import org.census.CensusLimits;
import org.census.internal.PartnershipIds;
import org.census.internal.FormFilter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A census of decentralised cooperation with one partner country: its edition, its forms in the order of the
 * source, the solidarity fund, and the figures its own overview prints.
 */
public record Census(CensusEdition edition, List<Partnership> partnerships, Optional<SolidarityFund> solidarityFund,
                     List<StatedFigure> statedFigures) {
    public Census {
        Objects.requireNonNull(edition, "edition");
        partnerships = List.copyOf(partnerships);
        Objects.requireNonNull(solidarityFund, "solidarityFund");
        statedFigures = CensusLimits.requireCount(statedFigures, CensusLimits.MAX_LIST_LENGTH, "statedFigures");
        new RecordSize().figures(statedFigures).require("statedFigures");
        PartnershipIds ids = new PartnershipIds();
        for (Partnership p : partnerships) {
            ids.add(p).ifPresent(v -> {
                throw new IllegalArgumentException(v.problem());
            });
        }
    }

    /** The census without its partnerships, as a streaming reader or writer passes it. */
    public CensusHeader header() {
        return new CensusHeader(edition, solidarityFund, statedFigures);
    }

    /** The partnerships counted once: forms that repeat an earlier one are left out. */
    public List<Partnership> distinctPartnerships() {
        return partnerships.stream().filter(p -> !p.isRepeat()).toList();
    }

    public Optional<Partnership> partnership(String id) {
        return partnerships.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The census with only the partnerships that pass the filter (repeats of dropped forms are dropped too). */
    public Census filter(Predicate<Partnership> keep) {
        return kept(FormFilter.passing(keep));
    }

    /** The census as it stood on a date: the forms {@link FormFilter#asOf(LocalDate)} keeps. */
    public Census asOf(LocalDate date) {
        return kept(FormFilter.asOf(date));
    }

    private Census kept(FormFilter forms) {
        List<Partnership> list = new ArrayList<>();
        for (Partnership p : partnerships) {
            if (forms.keep(p)) {
                list.add(p);
            }
        }
        return new Census(edition, list, solidarityFund, statedFigures);
    }

    /**
     * The census without personal data: what may be published. No contact persons, each form as
     * {@link Partnership#withoutContacts()} gives it, and the edition's texts as {@link CensusHeader#withoutContacts()}
     * gives them (no credits, the persons they name withheld).
     */
    public Census withoutContacts() {
        return header().withoutContacts().with(partnerships.stream().map(Partnership::withoutContacts).toList());
    }
}
