package org.census.charts;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.census.bundled.BundledCensus;
import org.junit.jupiter.api.Test;

/**
 * Redraws the README's pictures, {@code docs/charts/*.png}: the bundled census in French at screen size. Left out of
 * the build's test run (its name does not end in "Test"); run after changing a chart:
 * <pre>./mvnw -B -q -pl census-charts -am test -Dtest=RegenerateDocsCharts -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class RegenerateDocsCharts {
    @Test
    void regenerate() {
        Path dir = Path.of(System.getProperty("docs.charts", "../docs/charts"));
        List<Path> written = ChartSet.render(BundledCensus.load(), dir, EnumSet.of(ChartFormat.PNG), Locale.FRENCH,
                ChartSize.SCREEN);
        written.forEach(p -> System.out.println("wrote " + p.normalize()));
    }
}
