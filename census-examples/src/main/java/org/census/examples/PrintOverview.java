package org.census.examples;

import org.census.bundled.BundledCensus;
import org.census.model.Census;
import org.census.overview.Breakdown;
import org.census.overview.Dimension;
import org.census.overview.Group;
import org.census.overview.Overview;
import org.census.text.TrendDirection;

/** Load the bundled census and print its overview, then the partnerships by region. */
public final class PrintOverview {
    public static void main(String[] args) {
        Census census = BundledCensus.load();                 // Mali, 2013 edition: 54 forms
        Overview overview = Overview.of(census);
        System.out.println(census.edition().title());
        System.out.println("partnerships: " + overview.partnerships());
        System.out.println("2013 budget raised: " + overview.budgetTrend().get(TrendDirection.INCREASE));
        for (Group region : Breakdown.of(census, Dimension.REGION).groups()) {
            System.out.println(region.key() + ": " + region.partnerships());
        }
    }
}
