package org.census.publication.internal.edition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.census.charts.CensusCharts;
import org.census.charts.ChartSize;
import org.census.charts.spi.CensusChart;
import org.census.model.Census;
import org.census.model.CensusEdition;
import org.census.model.EditionTexts;
import org.census.overview.Overview;
import org.census.overview.OverviewFigure;
import org.census.overview.Reconciliation;
import org.census.publication.internal.document.Block;
import org.census.publication.internal.document.Block.Cell;
import org.census.publication.internal.document.Block.Row;
import org.census.publication.internal.document.Block.TableRole;
import org.census.text.ContinuationStatus;
import org.census.text.TrendDirection;

/**
 * The overview ("Aperçu général"): the edition's narrative, then the census's figures written as sentences computed
 * from its {@link Overview}, then the charts as numbered figures; and the annex that sets the printed figures beside
 * the computed ones. The map is not among the overview's figures: it closes the edition, as in the source.
 */
final class OverviewSection {
    /** The chart the edition ends with. */
    static final String MAP = "map";

    private final EditionContext edition;
    private final Overview overview;

    OverviewSection(EditionContext edition) {
        this.edition = edition;
        this.overview = Overview.of(edition.census);
    }

    List<Block> blocks(EditionTexts texts) {
        Wording w = edition.words;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, edition.anchors.of("overview", ""), RichText.text(w.get("overview.title")),
                true));
        blocks.addAll(TextBlocks.of(texts.overview(), Block.ParagraphRole.BODY, edition.anchors));
        blocks.add(new Block.Heading(2, edition.anchors.of("figures", ""), RichText.text(w.get("overview.figures")),
                false));
        sentences().forEach(s -> blocks.add(new Block.Paragraph(Block.ParagraphRole.BODY, RichText.text(s))));
        if (overview.forms() > 0) {
            for (CensusChart chart : CensusCharts.installed().all()) {
                // A chart of a fund the census does not have would only say it has nothing to show.
                boolean fundless = chart.id().equals("solidarity-fund") && edition.census.solidarityFund().isEmpty();
                if (!chart.id().equals(MAP) && !fundless) {
                    blocks.add(figure(chart));
                }
            }
        }
        return blocks;
    }

    /** The figures as sentences, each figure taken from the overview; a census without forms says so in one. */
    List<String> sentences() {
        Wording w = edition.words;
        CensusEdition e = edition.census.edition();
        List<String> sentences = new ArrayList<>();
        int forms = overview.forms();
        sentences.add(w.get("sentence.forms", forms, forms == 0 ? "" : w.get("sentence.formsDetail",
                overview.partnerships(), overview.frenchAuthorities(), overview.partnerAuthorities())));
        if (forms == 0) {
            return sentences;
        }
        sentences.add(w.get("sentence.continuation", edition.date(e.crisisReferenceDate()),
                continuation(ContinuationStatus.YES), continuation(ContinuationStatus.NO),
                continuation(ContinuationStatus.RESUMED), continuation(ContinuationStatus.UNCLEAR)));
        sentences.add(w.get("sentence.budget", String.valueOf(e.editionDate().getYear()),
                trend(TrendDirection.MAINTAIN), trend(TrendDirection.INCREASE), trend(TrendDirection.DECREASE),
                trend(TrendDirection.UNKNOWN)));
        sentences.add(w.get("sentence.activities", overview.publicMeetings(), overview.partnerReceptions(),
                overview.emergencyActions()));
        var actionBudgets = overview.actionBudgets();
        sentences.add(w.get("sentence.actions", overview.actions(), actionBudgets.known() == 0 ? ""
                : w.get("sentence.actionBudgets", edition.range(actionBudgets), actionBudgets.known(),
                actionBudgets.unknown())));
        var annual = overview.annualBudgets();
        if (annual.known() > 0) {
            sentences.add(w.get("sentence.annualBudgets", edition.range(annual), annual.known(), annual.unknown()));
        }
        edition.census.solidarityFund().ifPresent(fund -> sentences.add(w.get("sentence.fund",
                overview.solidarityFundDonors(), edition.euros(overview.solidarityFundEur()), fund.name(),
                edition.date(fund.asOf()))));
        return sentences;
    }

    private int continuation(ContinuationStatus status) {
        return overview.continuation().getOrDefault(status, 0);
    }

    private int trend(TrendDirection direction) {
        return overview.budgetTrend().getOrDefault(direction, 0);
    }

    /** A chart as the next numbered figure, drawn only when a renderer asks. */
    Block.Figure figure(CensusChart chart) {
        Census census = edition.census;
        var context = edition.numbers;
        int number = edition.nextFigure();
        return new Block.Figure(number, edition.anchors.of("figure", chart.id()), chart.title(edition.options
                .locale()), new FigureTexts(edition).alt(chart), () -> chart.build(census, context),
                ChartSize.PRINT.taller(chart.relativeHeight()));
    }

    /** The map of the regions, if its chart is installed and the census has forms. */
    Optional<Block.Figure> map() {
        return overview.forms() == 0 ? Optional.empty() : CensusCharts.installed().byId(MAP).map(this::figure);
    }

    /** The printed figures beside the computed ones, when the census holds printed figures. */
    List<Block> annex() {
        Reconciliation reconciliation = Reconciliation.of(edition.census.statedFigures(), overview, Optional.empty(),
                Optional.empty());
        if (reconciliation.rows().isEmpty()) {
            return List.of();
        }
        Wording w = edition.words;
        List<Cell> header = List.of(FicheBlocks.headerCell(w.get("annex.figure")),
                FicheBlocks.headerCell(w.get("annex.stated")), FicheBlocks.headerCell(w.get("annex.computed")),
                FicheBlocks.headerCell(w.get("annex.difference")));
        List<Row> rows = new ArrayList<>();
        for (Reconciliation.Row r : reconciliation.rows()) {
            rows.add(new Row(List.of(FicheBlocks.cell(r.figure().label(w.locale(), edition.census.edition())),
                    FicheBlocks.cell(number(r.figure(), r.stated())), FicheBlocks.cell(number(r.figure(),
                            r.computed())), FicheBlocks.cell(signed(r.figure(), r.difference()))), false, false));
        }
        return List.of(new Block.Heading(1, edition.anchors.of("annex", ""), RichText.text(w.get("annex.title")),
                        true),
                new Block.Paragraph(Block.ParagraphRole.BODY, RichText.text(w.get("annex.intro"))),
                new Block.Table(TableRole.RECONCILIATION, Optional.empty(), header, rows, List.of(5, 2, 2, 2)));
    }

    private String number(OverviewFigure figure, BigDecimal value) {
        return figure == OverviewFigure.SOLIDARITY_FUND_EUR ? edition.euros(value)
                : edition.numbers.count(value.longValue());
    }

    private String signed(OverviewFigure figure, BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + number(figure, value);
    }
}
