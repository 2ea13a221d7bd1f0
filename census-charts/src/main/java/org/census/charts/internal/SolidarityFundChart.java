package org.census.charts.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.census.charts.spi.CensusChart;
import org.census.charts.spi.ChartContext;
import org.census.text.Label;
import org.census.model.Census;
import org.census.model.Donor;
import org.census.model.SolidarityFund;
import org.census.overview.Overview;
import org.jfree.chart.JFreeChart;

/** The solidarity fund's donors by amount, largest first, with the total in the note. */
public final class SolidarityFundChart implements CensusChart {
    private static final Label TITLE = new Label("Fonds de solidarité : donateurs", "Solidarity fund: donors");

    @Override
    public String id() {
        return "solidarity-fund";
    }

    @Override
    public String title(Locale locale) {
        return TITLE.in(locale);
    }

    @Override
    public double relativeHeight() {
        return 1.3;
    }

    @Override
    public JFreeChart build(Census census, ChartContext context) {
        Optional<SolidarityFund> fund = census.solidarityFund();
        Overview overview = Overview.of(census);
        List<Bars.Bar> bars = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> donor : byDonor(fund).entrySet()) {
            bars.add(new Bars.Bar(donor.getKey(), donor.getValue().doubleValue(), context.euros(donor.getValue()),
                    context.theme().color(1)));
        }
        // The fund's own name is in the census's language: it titles the chart only in that language.
        String title = fund.map(f -> f.name()).filter(n -> !n.isBlank())
                .filter(n -> context.speaks(census.edition()))
                .orElse(title(context.locale()));
        String note = fund.isEmpty() ? context.text("Pas de fonds de solidarité dans ce recensement",
                "No solidarity fund in this census")
                : context.text("Total : " + context.euros(overview.solidarityFundEur()) + " de "
                        + context.count(overview.solidarityFundDonors()) + " donateurs, au "
                        + context.date(fund.get().asOf()),
                "Total: " + context.euros(overview.solidarityFundEur()) + " from "
                        + context.count(overview.solidarityFundDonors()) + " donors, as of "
                        + context.date(fund.get().asOf()));
        return Bars.chart(title, Bars.plot(bars, ""), false, context, note);
    }

    /**
     * Each donor's amount, largest first; a donor named twice is one bar with the sum (bars are keyed by name).
     */
    static Map<String, BigDecimal> byDonor(Optional<SolidarityFund> fund) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (Donor donor : fund.map(SolidarityFund::donors).orElse(List.of())) {
            String name = donor.name().isBlank() ? "?" : donor.name().strip();
            sums.merge(name, donor.amountEur(), BigDecimal::add);
        }
        Map<String, BigDecimal> sorted = new LinkedHashMap<>();
        sums.entrySet().stream().sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder()))
                .forEachOrdered(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
