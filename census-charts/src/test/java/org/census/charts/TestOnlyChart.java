package org.census.charts;

import java.util.Locale;

import org.census.charts.spi.CensusChart;
import org.census.charts.spi.ChartContext;
import org.census.text.Label;
import org.census.model.Census;
import org.census.overview.Overview;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PiePlot;
import org.jfree.data.general.DefaultPieDataset;

/** A chart kind defined only in test code, registered by a services file under {@code plugins/extra}. */
public final class TestOnlyChart implements CensusChart {
    private static final Label TITLE = new Label("Formulaires", "Forms");

    @Override
    public String id() {
        return "test-only";
    }

    @Override
    public String title(Locale locale) {
        return TITLE.in(locale);
    }

    @Override
    public JFreeChart build(Census census, ChartContext context) {
        DefaultPieDataset<String> forms = new DefaultPieDataset<>();
        forms.setValue("forms", Overview.of(census).forms());
        JFreeChart chart = new JFreeChart(title(context.locale()), new PiePlot<>(forms));
        return context.theme().apply(chart, context);
    }

    /** A provider that is only an id: what the registry does with it is under test, not a chart. */
    abstract static class IdOnly implements CensusChart {
        private final String id;

        IdOnly(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
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

    /** A provider whose constructor fails: the registry reports it and loads the others. */
    public static final class Failing extends IdOnly {
        public Failing() {
            super("failing");
            throw new IllegalStateException("no licence key");
        }
    }

    /** A provider whose id cannot name a file. */
    public static final class BadId extends IdOnly {
        public BadId() {
            super("Bad Id/");
        }
    }

    /** A provider that claims the id of a built-in chart. */
    public static final class Impostor extends IdOnly {
        public Impostor() {
            super("regions");
        }
    }
}
