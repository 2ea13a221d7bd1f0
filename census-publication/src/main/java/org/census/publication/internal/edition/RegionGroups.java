package org.census.publication.internal.edition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.census.model.Census;
import org.census.model.Partnership;

/**
 * The forms by the region they stand under, in the census's order: the region of a group is the first region its
 * forms name, and groups come in the order of their first form. That is where the source prints its forms — the
 * Essonne form (Mopti and Kayes) under Mopti, the first Thionville form (Gao, Koulikoro) under Gao — and every form
 * is printed once, a form that repeats another ({@code sameAs}: the second Thionville form, under Koulikoro)
 * included, as the source prints it; the overview's figures count it once. The census's {@code sourceSection} is not
 * used: the source's own headings differ in spelling ("KOULIKORO", "KOULIKOURO") and would split a region. Forms
 * without a region come last, under {@link #NO_REGION}.
 */
final class RegionGroups {
    /** The key of the forms that name no region. */
    static final String NO_REGION = "";

    private RegionGroups() {
    }

    static Map<String, List<Partnership>> of(Census census) {
        Map<String, List<Partnership>> groups = new LinkedHashMap<>();
        List<Partnership> none = new ArrayList<>();
        for (Partnership p : census.partnerships()) {
            if (p.regions().isEmpty()) {
                none.add(p);
            } else {
                groups.computeIfAbsent(p.regions().get(0), r -> new ArrayList<>()).add(p);
            }
        }
        if (!none.isEmpty()) {
            groups.put(NO_REGION, none);
        }
        return groups;
    }
}
