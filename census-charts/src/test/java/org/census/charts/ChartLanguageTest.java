package org.census.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.census.bundled.BundledCensus;
import org.census.charts.spi.CensusChart;
import org.census.charts.spi.ChartContext;
import org.census.model.Census;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

/**
 * Every installed chart speaks the language it is asked for: its title, notes, source line, axis labels, legend and
 * "no data" text (issue 14, point 8). The words of the census itself (region and donor names) are data and are not
 * checked; neither are category labels, most of which are such names.
 */
class ChartLanguageTest {
    private static final Census CENSUS = BundledCensus.load();
    private static final Census EMPTY = new Census(CENSUS.edition(), List.of(), Optional.empty(), List.of());

    /**
     * French words that no English chart text may hold, matched as whole words in any case: the articles and
     * prepositions every French title or note uses, and the nouns and adjectives of the charts' own texts.
     */
    private static final Pattern FRENCH = Pattern.compile("(?iu)\\b(de|du|des|le|la|les|et|par|pour|au|aux|sans|"
            + "dont|une?|partenariats?|région|régions|fonds|solidarité|donateurs?|recensement|carte|"
            + "nombre|domaine|ancienneté|décennie|évolution|poursuite|crise|chiffrés?|bornes?|somme|hausse|baisse|"
            + "maintenu|aucune|donnée|représenter|fond|pays|années?|âge|médian|situation|depuis|total :)\\b");

    /** The texts a reader sees that the chart, not the census, words. */
    private static List<String> texts(JFreeChart chart) {
        List<String> texts = new ArrayList<>();
        if (chart.getTitle() != null) {
            texts.add(chart.getTitle().getText());
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                texts.add(t.getText());
            }
        }
        plotTexts(chart.getPlot(), texts);
        return texts;
    }

    private static void plotTexts(Plot plot, List<String> texts) {
        texts.add(plot.getNoDataMessage() == null ? "" : plot.getNoDataMessage());
        LegendItemCollection legend = plot.getLegendItems();
        for (int i = 0; legend != null && i < legend.getItemCount(); i++) {
            texts.add(legend.get(i).getLabel());
        }
        List<Axis> axes = new ArrayList<>();
        if (plot instanceof CombinedDomainCategoryPlot combined) {
            axes.add(combined.getDomainAxis());
            for (Object p : combined.getSubplots()) {
                plotTexts((Plot) p, texts);
            }
        } else if (plot instanceof CategoryPlot category) {
            axes.add(category.getDomainAxis());
            axes.add(category.getRangeAxis());
        } else if (plot instanceof XYPlot xy) {
            axes.add(xy.getDomainAxis());
            axes.add(xy.getRangeAxis());
        }
        axes.stream().filter(a -> a != null && a.getLabel() != null).forEach(a -> texts.add(a.getLabel()));
    }

    private static List<String> texts(CensusChart kind, Census census, Locale locale) {
        List<String> texts = texts(ChartSet.build(kind, census, ChartContext.of(census, locale)));
        texts.add(kind.title(locale));
        return texts;
    }

    @Test
    void everyEnglishChartTextIsEnglish() {
        List<CensusChart> kinds = CensusCharts.installed().all();
        assertThat(kinds).hasSizeGreaterThanOrEqualTo(9);
        for (CensusChart kind : kinds) {
            for (Census census : List.of(CENSUS, EMPTY)) {
                List<String> english = texts(kind, census, Locale.ENGLISH);
                assertThat(english).as(kind.id()).isNotEmpty()
                        .allSatisfy(t -> assertThat(FRENCH.matcher(t).find()).as(kind.id() + ": " + t).isFalse());
            }
        }
    }

    @Test
    void frenchChartsAreFrenchAndTheWordListWouldCatchThem() {
        for (CensusChart kind : CensusCharts.installed().all()) {
            String french = String.join(" | ", texts(kind, CENSUS, Locale.FRENCH));
            assertThat(FRENCH.matcher(french).find()).as(kind.id() + ": " + french).isTrue();
            assertThat(french).as(kind.id()).contains("Source\u00A0: Cités Unies France, recensement 2013");
        }
    }

    @Test
    void theEnglishSourceNoteNamesThePublisherInEnglish() {
        assertThat(ChartContext.of(CENSUS, Locale.ENGLISH).sourceNote())
                .isEqualTo("Source: Cités Unies France, census of 2013");
        assertThat(ChartContext.of(CENSUS, Locale.FRENCH).sourceNote())
                .isEqualTo("Source\u00A0: Cités Unies France, recensement 2013");
    }

    @Test
    void everyChartHasItsOwnTitleInEachLanguage() {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            Set<String> built = new HashSet<>();
            Set<String> named = new HashSet<>();
            for (CensusChart kind : CensusCharts.installed().all()) {
                String title = ChartSet.build(kind, CENSUS, ChartContext.of(CENSUS, locale)).getTitle().getText();
                assertThat(built.add(title)).as(locale + ": two charts titled " + title).isTrue();
                assertThat(named.add(kind.title(locale))).as(locale + ": two charts named " + kind.title(locale))
                        .isTrue();
            }
        }
    }

    @Test
    void theMapAndTheRegionsChartAreTitledApart() {
        ChartContext fr = ChartContext.of(CENSUS, Locale.FRENCH);
        assertThat(ChartSet.build(CensusCharts.installed().require("map"), CENSUS, fr).getTitle().getText())
                .isEqualTo("Les régions du Mali et leurs partenariats");
        assertThat(ChartSet.build(CensusCharts.installed().require("regions"), CENSUS, fr).getTitle().getText())
                .isEqualTo("Partenariats par région du Mali");
        assertThat(ChartSet.build(CensusCharts.installed().require("solidarity-fund"), CENSUS,
                fr.withLocale(Locale.ENGLISH)).getTitle().getText()).isEqualTo("Solidarity fund: donors");
    }
}
