package org.census.charts;

import java.util.Locale;

import org.census.charts.spi.CensusChart;
import org.census.charts.spi.ChartContext;
import org.census.model.Census;
import org.census.overview.Overview;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PiePlot;
import org.jfree.data.general.DefaultPieDataset;

/** A chart kind defined only in test code, registered by a services file under {@code plugins/extra}. */
public final class TestOnlyChart implements CensusChart {
    @Override
    public String id() {
        return "test-only";
    }

    @Override
    public String title(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? "Formulaires" : "Forms";
    }

    @Override
    public JFreeChart build(Census census, ChartContext context) {
        DefaultPieDataset<String> forms = new DefaultPieDataset<>();
        forms.setValue("forms", Overview.of(census).forms());
        JFreeChart chart = new JFreeChart(title(context.locale()), new PiePlot<>(forms));
        return context.theme().apply(chart, context);
    }

    /** A provider whose constructor fails: the registry reports it and loads the others. */
    public static final class Failing implements CensusChart {
        public Failing() {
            throw new IllegalStateException("no licence key");
        }

        @Override
        public String id() {
            return "failing";
        }

        @Override
        public String title(Locale locale) {
            return "";
        }

        @Override
        public JFreeChart build(Census census, ChartContext context) {
            throw new UnsupportedOperationException();
        }
    }

    /** A provider whose id cannot name a file. */
    public static final class BadId implements CensusChart {
        @Override
        public String id() {
            return "Bad Id/";
        }

        @Override
        public String title(Locale locale) {
            return "";
        }

        @Override
        public JFreeChart build(Census census, ChartContext context) {
            throw new UnsupportedOperationException();
        }
    }

    /** A provider that claims the id of a built-in chart. */
    public static final class Impostor implements CensusChart {
        @Override
        public String id() {
            return "regions";
        }

        @Override
        public String title(Locale locale) {
            return "";
        }

        @Override
        public JFreeChart build(Census census, ChartContext context) {
            throw new UnsupportedOperationException();
        }
    }
}
