package org.census.publication.internal.edition;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.census.charts.spi.CensusChart;
import org.census.model.Donor;
import org.census.overview.Breakdown;
import org.census.overview.Dimension;
import org.census.overview.Group;

/**
 * The text alternative of each figure: what the chart shows and its main figures, computed from the census as the
 * chart is (the same breakdown), so that a reader who cannot see the chart reads the same numbers. A chart kind this
 * edition does not know (a plugin) is described by its title.
 */
final class FigureTexts {
    /** The largest donors an alternative names. */
    private static final int DONORS_NAMED = 5;

    private final EditionContext edition;

    FigureTexts(EditionContext edition) {
        this.edition = edition;
    }

    String alt(CensusChart chart) {
        Wording w = edition.words;
        String title = chart.title(edition.options.locale());
        return switch (chart.id()) {
            case "regions" -> breakdown(title, Dimension.REGION, false);
            case "continuation" -> breakdown(title, Dimension.CONTINUATION, false);
            case "budget-trend" -> breakdown(title, Dimension.TREND, false);
            case "domains" -> breakdown(title, Dimension.DOMAIN, true);
            case "age" -> breakdown(title, Dimension.AGE, false);
            case "region-domain" -> breakdown(title, Dimension.REGION, true);
            case "budget-ranges" -> budgets(title);
            case "solidarity-fund" -> fund(title);
            case OverviewSection.MAP -> w.get("figure.map", title, items(Dimension.REGION, false));
            default -> title;
        };
    }

    private String breakdown(String title, Dimension dimension, boolean actions) {
        String items = items(dimension, actions);
        return items.isEmpty() ? edition.words.get("figure.altNone", title)
                : edition.words.get("figure.alt", title, items);
    }

    /** "Bamako : 6 partenariats ; Kayes : 18 partenariats": the groups with something in them. */
    private String items(Dimension dimension, boolean actions) {
        Locale locale = edition.options.locale();
        Wording w = edition.words;
        return groups(dimension).stream().filter(g -> (actions ? g.actions() : g.partnerships()) > 0)
                .map(g -> w.get("figure.altItem", label(dimension, g, locale), actions
                        ? w.get("figure.actions", g.actions()) : w.get("figure.partnerships", g.partnerships())))
                .collect(Collectors.joining("; "));
    }

    private String budgets(String title) {
        Locale locale = edition.options.locale();
        Wording w = edition.words;
        String items = groups(Dimension.REGION).stream()
                .filter(g -> g.annualBudgets().map(b -> b.known() > 0).orElse(false))
                .map(g -> w.get("figure.altItem", label(Dimension.REGION, g, locale),
                        edition.range(g.annualBudgets().orElseThrow())))
                .collect(Collectors.joining("; "));
        return items.isEmpty() ? w.get("figure.altNone", title) : w.get("figure.alt", title, items);
    }

    private String fund(String title) {
        Wording w = edition.words;
        return edition.census.solidarityFund().map(fund -> {
            List<Donor> largest = fund.donors().stream().sorted(Comparator.comparing(Donor::amountEur).reversed())
                    .limit(DONORS_NAMED).toList();
            String named = largest.stream().map(d -> w.get("figure.altItem", d.name(), edition.euros(d.amountEur())))
                    .collect(Collectors.joining("; "));
            return w.get("figure.fund", title, fund.donors().size(), edition.euros(fund.totalEur()), named);
        }).orElse(w.get("figure.altNone", title));
    }

    private List<Group> groups(Dimension dimension) {
        return Breakdown.of(edition.census, dimension).groups();
    }

    private static String label(Dimension dimension, Group g, Locale locale) {
        return dimension.groupLabel(g.key(), locale);
    }
}
