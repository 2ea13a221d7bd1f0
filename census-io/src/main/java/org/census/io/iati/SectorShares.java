package org.census.io.iati;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.census.domain.DomainCategory;
import org.census.model.Action;

/**
 * The DAC sectors of a partnership with their percentages: each action counts by its budget (the low bound of a range)
 * when at least one action states a budget, else all count alike; the percentages have one decimal at most and sum to
 * exactly 100 by the largest-remainder method. An action the taxonomy leaves unclassified counts as 99810 (sectors not
 * specified), and so does a partnership without actions: IATI wants a sector, and that one says none is known.
 */
final class SectorShares {
    /** OECD DAC 5-digit code 99810, "Sectors not specified". */
    static final int NOT_SPECIFIED = 99810;
    // Percentages in tenths: 100 % is 1000 units.
    private static final int UNITS = 1000;

    /**
     * One sector.
     *
     * @param dacCode the DAC 5-digit purpose code
     * @param labels  the categories of the taxonomy behind it, in French, in the order met
     * @param tenths  its percentage in tenths of a percent
     */
    record Sector(int dacCode, List<String> labels, int tenths) {
        /** The percentage as IATI writes it: "100", "33.3". */
        String percentage() {
            return BigDecimal.valueOf(tenths, 1).stripTrailingZeros().toPlainString();
        }
    }

    private SectorShares() {
    }

    /** The sectors, in the order their first action comes; a sector whose share rounds to nothing is left out. */
    static List<Sector> of(List<Action> actions) {
        Map<Integer, BigDecimal> weights = new LinkedHashMap<>();
        Map<Integer, List<String>> labels = new LinkedHashMap<>();
        boolean byBudget = actions.stream().anyMatch(a -> a.budget().lowEur().filter(v -> v.signum() > 0).isPresent());
        for (Action a : actions) {
            DomainCategory category = a.domain().category();
            int code = category.dacCode().orElse(NOT_SPECIFIED);
            BigDecimal weight = byBudget ? a.budget().lowEur().orElse(BigDecimal.ZERO).max(BigDecimal.ZERO)
                    : BigDecimal.ONE;
            weights.merge(code, weight, BigDecimal::add);
            List<String> names = labels.computeIfAbsent(code, c -> new ArrayList<>());
            if (!names.contains(category.labelFr())) {
                names.add(category.labelFr());
            }
        }
        if (weights.isEmpty()) {
            return List.of(new Sector(NOT_SPECIFIED, List.of(), UNITS));
        }
        List<Integer> codes = List.copyOf(weights.keySet());
        int[] tenths = largestRemainder(codes.stream().map(weights::get).toList());
        List<Sector> sectors = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (tenths[i] > 0) {
                sectors.add(new Sector(codes.get(i), List.copyOf(labels.get(codes.get(i))), tenths[i]));
            }
        }
        return List.copyOf(sectors);
    }

    /**
     * Shares of 1000 units in proportion to the weights (non-negative, not all zero): each gets the floor of its
     * exact share, then the units left go one each to the largest remainders (the first met on a tie). Exact:
     * BigDecimal division into quotient and remainder, no rounding.
     */
    static int[] largestRemainder(List<BigDecimal> weights) {
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int[] units = new int[weights.size()];
        BigDecimal[] remainders = new BigDecimal[weights.size()];
        int given = 0;
        for (int i = 0; i < weights.size(); i++) {
            BigDecimal[] qr = weights.get(i).multiply(BigDecimal.valueOf(UNITS)).divideAndRemainder(total);
            units[i] = qr[0].intValueExact();
            remainders[i] = qr[1];
            given += units[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        for (int k = 0; given < UNITS; k++, given++) {
            units[order.get(k)]++;
        }
        return units;
    }
}
