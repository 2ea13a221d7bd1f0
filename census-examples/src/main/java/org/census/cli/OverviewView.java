package org.census.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.census.model.CensusHeader;
import org.census.overview.Breakdown;
import org.census.overview.BudgetRange;
import org.census.overview.Dimension;
import org.census.overview.Group;
import org.census.overview.Overview;
import org.census.overview.OverviewFigure;
import org.census.overview.Reconciliation;

/** The overview of a census as tables (terminal, Markdown) and as JSON, in one language. */
final class OverviewView {

    private final OverviewData data;
    private final CensusHeader census;
    private final Overview overview;
    private final Texts texts;
    private final Optional<LocalDate> asOf;

    OverviewView(OverviewData data, Texts texts) {
        this.data = data;
        this.census = data.header();
        this.overview = data.overview();
        this.texts = texts;
        this.asOf = data.asOf();
    }

    String title() {
        String t = texts.get("overviewTitle", census.edition().title());
        return asOf.map(d -> t + " — " + texts.get("asOf", texts.date(d))).orElse(t);
    }

    TextTable figures() {
        TextTable t = new TextTable(List.of(texts.get("figure"), texts.get("value")));
        for (OverviewFigure f : OverviewFigure.values()) {
            if (f == OverviewFigure.SOLIDARITY_FUND_EUR) {
                continue;
            }
            t.row(List.of(label(f), texts.count(overview.figure(f).longValueExact())));
        }
        t.row(List.of(texts.get("annualBudgets"), budget(overview.annualBudgets())));
        t.row(List.of(texts.get("actionBudgets"), budget(overview.actionBudgets())));
        if (census.solidarityFund().isPresent()) {
            t.row(List.of(label(OverviewFigure.SOLIDARITY_FUND_EUR), texts.money(overview.solidarityFundEur())
                    + " (" + texts.get("donors", overview.solidarityFundDonors()) + ")"));
        }
        return t;
    }

    private String label(OverviewFigure f) {
        return f.label(texts.locale(), census.edition());
    }

    TextTable breakdown(Dimension dimension) {
        Breakdown b = breakdownOf(dimension);
        boolean annual = dimension.level() == Dimension.Level.PARTNERSHIP;
        List<String> header = new ArrayList<>(List.of(texts.get("by." + dimension.name()),
                label(OverviewFigure.PARTNERSHIPS), label(OverviewFigure.ACTIONS)));
        if (annual) {
            header.add(texts.get("annualBudgets"));
        }
        header.add(texts.get("actionBudgets"));
        TextTable t = new TextTable(header);
        for (Group g : b.groups()) {
            List<String> row = new ArrayList<>(List.of(dimension.groupLabel(g.key(), texts.locale()),
                    texts.count(g.partnerships()),
                    texts.count(g.actions())));
            g.annualBudgets().ifPresent(r -> row.add(texts.range(r)));
            row.add(texts.range(g.actionBudgets()));
            t.row(row);
        }
        return t;
    }

    private Breakdown breakdownOf(Dimension dimension) {
        Breakdown b = data.breakdowns().get(dimension);
        if (b == null) {
            throw new IllegalStateException("breakdown by " + dimension + " was not computed");
        }
        return b;
    }

    /** A figure's value as the rest of the overview writes it: money in euros, counts grouped. */
    private String number(OverviewFigure figure, BigDecimal value) {
        return figure == OverviewFigure.SOLIDARITY_FUND_EUR ? texts.money(value) : texts.count(value.longValue());
    }

    /** The reconciliation in the JSON overview: each printed figure beside the computed ones, with its sentence. */
    void reconciliationJson(ArrayNode rows) {
        for (Reconciliation.Row row : data.reconciliation().rows()) {
            ObjectNode n = rows.addObject();
            n.put("figure", row.figure().key());
            n.put("label", label(row.figure()));
            n.put("stated", row.stated());
            n.put("computed", row.computed());
            n.put("difference", row.difference());
            row.asOf().ifPresent(v -> n.put("computedAsOf", v));
            n.put("raw", row.raw());
        }
    }

    TextTable reconciliation() {
        Reconciliation r = data.reconciliation();
        List<String> header = new ArrayList<>(List.of(texts.get("figure"), texts.get("stated"), texts.get("computed")));
        r.asOf().ifPresent(d -> header.add(texts.get("computedAsOf", texts.date(d))));
        TextTable t = new TextTable(header);
        for (Reconciliation.Row row : r.rows()) {
            List<String> cells = new ArrayList<>(List.of(label(row.figure()), number(row.figure(), row.stated()),
                    number(row.figure(), row.computed())));
            row.asOf().ifPresent(v -> cells.add(number(row.figure(), v)));
            t.row(cells);
        }
        return t;
    }

    String dimensionTitle(Dimension d) {
        return texts.get("by." + d.name());
    }

    String reconciliationTitle() {
        return texts.get("reconciliation");
    }

    ObjectNode toJson(Optional<Dimension> by) {
        return toJson(by.map(List::of).orElse(List.of()));
    }

    ObjectNode toJson(List<Dimension> dimensions) {
        // A node factory, not an ObjectMapper: a mapper's first use sets up date formats, costly in a short command.
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("census", census.edition().id());
        root.put("title", census.edition().title());
        asOf.ifPresent(d -> root.put("asOf", d.toString()));
        ObjectNode o = root.putObject("overview");
        o.put("forms", overview.forms());
        o.put("partnerships", overview.partnerships());
        o.put("frenchAuthorities", overview.frenchAuthorities());
        o.put("partnerAuthorities", overview.partnerAuthorities());
        ObjectNode c = o.putObject("continuation");
        overview.continuation().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> c.put(e.getKey().name(), e.getValue()));
        ObjectNode t = o.putObject("budgetTrend");
        overview.budgetTrend().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> t.put(e.getKey().name(), e.getValue()));
        o.put("publicMeetings", overview.publicMeetings());
        o.put("partnerReceptions", overview.partnerReceptions());
        o.put("emergencyActions", overview.emergencyActions());
        o.put("actions", overview.actions());
        budgetJson(o.putObject("annualBudgets"), overview.annualBudgets());
        budgetJson(o.putObject("actionBudgets"), overview.actionBudgets());
        o.put("solidarityFundEur", overview.solidarityFundEur());
        o.put("solidarityFundDonors", overview.solidarityFundDonors());
        if (dimensions.size() == 1) {
            breakdownJson(root.putObject("breakdown"), dimensions.get(0));
        } else if (!dimensions.isEmpty()) {
            ArrayNode all = root.putArray("breakdowns");
            dimensions.forEach(d -> breakdownJson(all.addObject(), d));
        }
        return root;
    }

    private void breakdownJson(ObjectNode node, Dimension d) {
        {
            ArrayNode groups = node.put("by", d.name()).putArray("groups");
            for (Group g : breakdownOf(d).groups()) {
                ObjectNode n = groups.addObject();
                n.put("key", g.key());
                n.put("label", d.groupLabel(g.key(), texts.locale()));
                n.put("partnerships", g.partnerships());
                n.put("actions", g.actions());
                g.annualBudgets().ifPresent(r -> budgetJson(n.putObject("annualBudgets"), r));
                budgetJson(n.putObject("actionBudgets"), g.actionBudgets());
            }
        }
    }

    private static void budgetJson(ObjectNode n, BudgetRange r) {
        n.put("lowEur", r.lowEur());
        n.put("highEur", r.highEur());
        n.put("known", r.known());
        n.put("unknown", r.unknown());
    }

    private String budget(BudgetRange r) {
        return texts.range(r) + " (" + texts.get("known", r.known(), r.unknown()) + ")";
    }
}
