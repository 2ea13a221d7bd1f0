package org.census.publication.internal.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.census.bundled.BundledCensus;
import org.census.charts.CensusCharts;
import org.census.charts.ChartSize;
import org.census.charts.spi.ChartContext;
import org.census.model.Action;
import org.census.model.Census;
import org.census.model.Donor;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.publication.internal.document.Block.Cell;
import org.census.publication.internal.document.Block.ParagraphRole;
import org.census.publication.internal.document.Block.Row;
import org.census.publication.internal.document.Block.TableRole;

/**
 * Edition documents made in the tests from the bundled census, as the builder would make them: every block kind, all
 * the fiches under their region headings, late fiches marked, and a few hostile texts (a script in a party's name, a
 * {@code javascript:} link) that every renderer must show as text.
 */
public final class SampleDocuments {
    /** Fiches updated after this day are marked, as the source marked its late fiches. */
    public static final LocalDate SINCE = LocalDate.of(2013, 7, 1);
    public static final String HOSTILE_TEXT = "<script>alert('census')</script> & \"Ségou\"";
    public static final String HOSTILE_HREF = "javascript:alert(1)";
    /** The fiche whose domains include the hostile text (it reaches attributes and the filter's options). */
    public static final String HOSTILE_FICHE = "angers-bamako";
    public static final String ORDINARY_HREF = "https://www.cites-unies-france.org/";

    private SampleDocuments() {
    }

    /** The bundled census as a French edition document, with two charts. */
    public static EditionDocument bundled() {
        return of(BundledCensus.load().withoutContacts(), 1, true);
    }

    /** The bundled census's fiches repeated until there are {@code fiches} of them, each with its own anchor. */
    public static EditionDocument large(int fiches) {
        Census census = BundledCensus.load().withoutContacts();
        int copies = (fiches + census.partnerships().size() - 1) / census.partnerships().size();
        EditionDocument document = of(census, copies, false);
        List<Block> blocks = new ArrayList<>();
        int kept = 0;
        for (Block block : document.blocks()) {
            if (block instanceof Block.Fiche && kept++ >= fiches) {
                continue;
            }
            blocks.add(block);
        }
        return new EditionDocument(document.locale(), document.title(), document.publisher(), document.date(), blocks);
    }

    /** The French parties' names of every fiche, as the fiches' headings show them. */
    public static List<String> frenchParties(Census census) {
        return census.partnerships().stream().map(SampleDocuments::frenchSide).toList();
    }

    private static EditionDocument of(Census census, int copies, boolean figures) {
        Locale fr = Locale.FRENCH;
        List<Block> blocks = new ArrayList<>();
        blocks.add(paragraph(ParagraphRole.TITLE, census.edition().title()));
        census.edition().subtitle().ifPresent(s -> blocks.add(paragraph(ParagraphRole.SUBTITLE, s)));
        blocks.add(paragraph(ParagraphRole.NOTE, "Version au 8 novembre 2013"));
        blocks.add(new Block.PageBreak());
        blocks.add(new Block.TableOfContents("Sommaire"));
        blocks.add(new Block.Heading(1, "avant-propos", text("Avant-propos"), true));
        blocks.add(new Block.Paragraph(ParagraphRole.BODY, List.of(new Inline.Text("Coopération", true, false),
                Inline.Text.plain(" décentralisée : voir "), new Inline.Link("le site", ORDINARY_HREF),
                Inline.Text.plain(", "), new Inline.Link("la fiche d'Angers", "#fiche-angers-bamako"),
                new Inline.LineBreak(), new Inline.Text("en italique", false, true), Inline.Text.plain(" "),
                new Inline.Link("un lien piégé", HOSTILE_HREF))));
        blocks.add(paragraph(ParagraphRole.BODY, HOSTILE_TEXT));
        blocks.add(new Block.ItemList(List.of(text("Bordeaux / Bamako (à venir)"), text("Hennebont / Mourdiah (à venir)"))));
        blocks.add(paragraph(ParagraphRole.FOOTNOTE, "¹ Les intitulés des collectivités correspondent aux fiches."));
        blocks.add(new Block.Heading(1, "synthese", text("Synthèse des partenariats par région"), true));
        blocks.add(summary(census));
        blocks.add(paragraph(ParagraphRole.NOTE, "En vert : les fiches reçues après le " + SINCE + "."));
        blocks.add(new Block.Heading(1, "apercu", text("Aperçu général"), true));
        blocks.add(paragraph(ParagraphRole.BODY, census.partnerships().size() + " fiches ; coopération à Ségou."));
        if (figures) {
            ChartContext context = ChartContext.of(census, fr);
            CensusCharts charts = CensusCharts.installed();
            int number = 1;
            for (String id : List.of("regions", "domains")) {
                var chart = charts.require(id);
                blocks.add(new Block.Figure(number++, "figure-" + id, chart.title(fr), "Graphique : " + chart.title(fr),
                        () -> chart.build(census, context), ChartSize.SCREEN));
            }
            blocks.add(new Block.Heading(2, "apercu-chiffres", text("Chiffres imprimés et calculés"), false));
            blocks.add(new Block.Table(TableRole.RECONCILIATION, Optional.of("Rapprochement"),
                    List.of(header("Chiffre"), header("Imprimé"), header("Calculé")),
                    List.of(new Row(List.of(cell("Fiches"), cell("54"), cell("54")), false, false)),
                    List.of(2, 1, 1)));
        }
        fiches(census, copies, blocks);
        census.solidarityFund().ifPresent(fund -> {
            blocks.add(new Block.Heading(1, "donateurs", text("Fonds de solidarité : les donateurs"), true));
            List<Row> rows = new ArrayList<>();
            for (Donor donor : fund.donors()) {
                rows.add(new Row(List.of(cell(donor.name()), cell(donor.amount().raw())), false, false));
            }
            rows.add(new Row(List.of(new Cell(text("Total"), true, 1), cell(fund.totalEur().toPlainString() + " €")),
                    false, true));
            blocks.add(new Block.Table(TableRole.DONORS, Optional.of("Au " + fund.asOf()),
                    List.of(header("Donateur"), header("Montant")), rows, List.of(3, 1)));
            blocks.add(paragraph(ParagraphRole.SOURCE, census.edition().sourceLine()));
        });
        return new EditionDocument(fr, census.edition().title(), census.edition().publisher(),
                census.edition().editionDate(), blocks);
    }

    private static Block.Table summary(Census census) {
        List<Row> rows = new ArrayList<>();
        String region = null;
        for (Partnership p : census.partnerships()) {
            String first = p.regions().isEmpty() ? "" : p.regions().get(0);
            if (!first.equals(region)) {
                region = first;
                rows.add(new Row(List.of(new Cell(text(first), true, 2)), false, false));
            }
            rows.add(new Row(List.of(new Cell(List.of(new Inline.Link(frenchSide(p), "#fiche-" + p.id())), false, 1),
                    cell(names(p.partnerParties()))), marked(p), false));
        }
        return new Block.Table(TableRole.SUMMARY, Optional.of("Les partenariats par région"),
                List.of(header("Partenaire français"), header("Partenaire malien")), rows, List.of(1, 1));
    }

    private static void fiches(Census census, int copies, List<Block> blocks) {
        for (int copy = 0; copy < copies; copy++) {
            String suffix = copy == 0 ? "" : "-" + copy;
            String region = null;
            for (Partnership p : census.partnerships()) {
                String first = p.regions().isEmpty() ? "" : p.regions().get(0);
                if (!first.equals(region)) {
                    region = first;
                    blocks.add(new Block.Heading(1, "region-" + slug(first) + suffix, text("Région de " + first),
                            true));
                }
                blocks.add(fiche(p, suffix));
            }
        }
    }

    private static Block.Fiche fiche(Partnership p, String suffix) {
        String anchor = "fiche-" + p.id() + suffix;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, anchor + "-titre", text(frenchSide(p) + " / " + names(p.partnerParties())),
                false));
        blocks.add(paragraph(ParagraphRole.DATE, "Mise à jour : " + p.updated().raw()));
        blocks.add(new Block.Table(TableRole.PARTIES, Optional.empty(), List.of(),
                List.of(new Row(List.of(new Cell(text("Collectivité française"), true, 1), cell(frenchSide(p)),
                        new Cell(text("Collectivité malienne"), true, 1), cell(names(p.partnerParties()))),
                        false, false)), List.of(1, 1, 1, 1)));
        List<Row> presentation = new ArrayList<>();
        presentation.add(label("Date de formalisation", p.formalisation().raw()));
        presentation.add(label("Document cadre", p.governingDocument().raw()));
        presentation.add(label("Budget annuel", p.annualBudget().raw()));
        presentation.add(label("Poursuite depuis le 22 mars 2012", p.continuation().raw()));
        presentation.add(label("Évolution du budget 2013", p.budgetTrend().raw()));
        presentation.add(label("Moyens locaux", p.localMeans()));
        blocks.add(new Block.Table(TableRole.PRESENTATION, Optional.of("Présentation"), List.of(), presentation,
                List.of(1, 2)));
        List<Row> actions = new ArrayList<>();
        for (Action a : p.actions()) {
            actions.add(new Row(List.of(cell(a.domain().raw()), cell(a.description()), cell(a.period().raw()),
                    cell(a.budget().raw())), false, false));
        }
        blocks.add(new Block.Table(TableRole.ACTIONS, Optional.of("Actions"),
                List.of(header("Domaine"), header("Action"), header("Période"), header("Budget")), actions,
                List.of(2, 4, 2, 2)));
        blocks.add(new Block.Heading(3, anchor + "-perspectives", text("Perspectives"), false));
        blocks.add(paragraph(ParagraphRole.BODY, p.perspectives()));
        LinkedHashSet<String> domains = new LinkedHashSet<>();
        p.actions().forEach(a -> domains.add(a.domain().category().label(Locale.FRENCH)));
        if (p.id().equals(HOSTILE_FICHE)) {
            domains.add(HOSTILE_TEXT);
        }
        return new Block.Fiche(anchor, p.regions(), List.copyOf(domains), marked(p), blocks);
    }

    private static boolean marked(Partnership p) {
        return p.updateDates().stream().anyMatch(d -> d.isAfter(SINCE));
    }

    private static String frenchSide(Partnership p) {
        return names(p.frenchParties());
    }

    private static String names(List<Party> parties) {
        return String.join(", ", parties.stream().map(Party::name).toList());
    }

    private static Row label(String label, String value) {
        return new Row(List.of(new Cell(text(label), true, 1), cell(value)), false, false);
    }

    /** A line break in a census text is a line break in the cell, as the document model says. */
    private static List<Inline> text(String text) {
        List<Inline> inlines = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                inlines.add(new Inline.LineBreak());
            }
            inlines.add(Inline.Text.plain(lines[i]));
        }
        return inlines;
    }

    private static Cell cell(String text) {
        return new Cell(text(text), false, 1);
    }

    private static Cell header(String text) {
        return new Cell(text(text), true, 1);
    }

    private static Block.Paragraph paragraph(ParagraphRole role, String text) {
        return new Block.Paragraph(role, text(text));
    }

    private static String slug(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-");
    }
}
