package org.census.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
        statedFigures = List.copyOf(statedFigures);
        PartnershipIds ids = new PartnershipIds();
        for (Partnership p : partnerships) {
            ids.add(p).ifPresent(v -> {
                throw new IllegalArgumentException(v.problem());
            });
        }
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
        Set<String> kept = new HashSet<>();
        List<Partnership> list = new ArrayList<>();
        for (Partnership p : partnerships) {
            if (keep.test(p) && p.sameAs().map(kept::contains).orElse(true)) {
                kept.add(p.id());
                list.add(p);
            }
        }
        return new Census(edition, list, solidarityFund, statedFigures);
    }

    /**
     * The census as it stood on a date: only the forms first updated on or before it, so that the figures of an
     * earlier edition can be recomputed. Forms with no readable update date are left out.
     */
    public Census asOf(LocalDate date) {
        return filter(p -> p.firstUpdate().map(d -> !d.isAfter(date)).orElse(false));
    }

    /** The census without contact persons: what may be published. */
    public Census withoutContacts() {
        return new Census(edition, partnerships.stream().map(Partnership::withoutContacts).toList(), solidarityFund,
                statedFigures);
    }
}
