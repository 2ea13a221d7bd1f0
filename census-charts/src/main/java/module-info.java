/**
 * Charts of a census for publications (PNG, SVG, PDF), each chart kind a {@link java.util.ServiceLoader} provider of
 * {@link org.census.charts.spi.CensusChart}. The built-in charts are providers, not API: they are reached through
 * {@link org.census.charts.CensusCharts}.
 */
module org.census.charts {
    requires transitive org.census.core;
    requires transitive org.jfree.jfreechart;
    requires transitive java.desktop;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.fontbox;
    requires de.rototor.pdfbox.graphics2d;
    requires org.apache.xmlgraphics.batik.svggen;
    requires java.xml;

    exports org.census.charts;
    exports org.census.charts.spi;
    // The chart font's files, for documents that set their text in the charts' font (census-publication's PDF).
    opens org.census.charts.fonts;

    uses org.census.charts.spi.CensusChart;
    // In the order of a publication, as the services file lists them for the class path.
    provides org.census.charts.spi.CensusChart with
            org.census.charts.internal.RegionMapChart,
            org.census.charts.internal.RegionsChart,
            org.census.charts.internal.ContinuationChart,
            org.census.charts.internal.BudgetTrendChart,
            org.census.charts.internal.DomainsChart,
            org.census.charts.internal.AgeChart,
            org.census.charts.internal.SolidarityFundChart,
            org.census.charts.internal.RegionDomainChart,
            org.census.charts.internal.BudgetRangesChart;
}
