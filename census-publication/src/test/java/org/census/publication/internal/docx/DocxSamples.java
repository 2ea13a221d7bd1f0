package org.census.publication.internal.docx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.census.bundled.BundledCensus;
import org.census.charts.CensusCharts;
import org.census.charts.ChartSize;
import org.census.charts.spi.CensusChart;
import org.census.charts.spi.ChartContext;
import org.census.model.Action;
import org.census.model.Census;
import org.census.model.Donor;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.publication.internal.document.Block;
import org.census.publication.internal.document.Block.Cell;
import org.census.publication.internal.document.Block.ParagraphRole;
import org.census.publication.internal.document.Block.Row;
import org.census.publication.internal.document.Block.TableRole;
import org.census.publication.internal.document.EditionDocument;
import org.census.publication.internal.document.Inline;

/**
 * Edition documents for the DOCX renderer's tests, made from the bundled census the way the builder lays out the
 * source (title page, contents, summary with links, overview with figures, fiches under their regions, donors): every
 * block kind, marked rows and fiches (those updated from September 2013, which the source set in green), accents, a
 * text with characters XML forbids. Not the builder: the renderer is tested on its own.
 */
final class DocxSamples {
    /** The source marked the fiches added from September to November 2013. */
    static final LocalDate MARKED_SINCE = LocalDate.of(2013, 9, 1);
    /** A hostile text: NUL, a control, a lone surrogate, a non-character; and a real surrogate pair (a clef). */
    static final String HOSTILE = "Texte hostile\u0000\u0001 avec \uD800 et \uFFFE fin \uD834\uDD1E";
    static final String HOSTILE_FITTED = "Texte hostile avec  et  fin \uD834\uDD1E";

    private static EditionDocument bundled;
    private static byte[] bundledDocx;

    private DocxSamples() {
    }

    /** The bundled edition, made once for all the tests of a run (its charts take seconds to draw). */
    static synchronized EditionDocument bundledOnce() {
        if (bundled == null) {
            bundled = bundled();
        }
        return bundled;
    }

    /** {@link #bundledOnce()} rendered as DOCX, once. */
    static synchronized byte[] bundledDocx() throws java.io.IOException {
        if (bundledDocx == null) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            new DocxRenderer().render(bundledOnce(), out);
            bundledDocx = out.toByteArray();
        }
        return bundledDocx;
    }

    static Census census() {
        return BundledCensus.load().withoutContacts();
    }

    /** The bundled census's edition with its charts as figures. */
    static EditionDocument bundled() {
        Census census = census();
        return document(census, census.partnerships(), CensusCharts.installed().all());
    }

    /** An edition of that many fiches (the bundled ones over again, with anchors made unique) and one figure. */
    static EditionDocument large(int fiches) {
        Census census = census();
        List<Partnership> all = census.partnerships();
        List<Partnership> many = new ArrayList<>(fiches);
        for (int i = 0; i < fiches; i++) {
            many.add(all.get(i % all.size()));
        }
        return document(census, many, CensusCharts.installed().all().subList(0, 1));
    }

    private static EditionDocument document(Census census, List<Partnership> partnerships, List<CensusChart> charts) {
        Locale locale = Locale.FRENCH;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(ParagraphRole.TITLE, text(census.edition().title())));
        census.edition().subtitle().ifPresent(s -> blocks.add(new Block.Paragraph(ParagraphRole.SUBTITLE, text(s))));
        blocks.add(new Block.Paragraph(ParagraphRole.NOTE, List.of(Inline.Text.plain("Document téléchargeable : "),
                new Inline.Link("site de Cités Unies France", "http://www.cites-unies-france.org/spip.php?article1826"))));
        blocks.add(new Block.Paragraph(ParagraphRole.NOTE, text("Version au 8 novembre 2013")));
        blocks.add(new Block.PageBreak());
        blocks.add(new Block.TableOfContents("Sommaire"));
        blocks.add(new Block.PageBreak());
        blocks.add(new Block.Heading(1, "avant-propos", text("Avant-propos"), false));
        blocks.add(new Block.Paragraph(ParagraphRole.BODY, List.of(new Inline.Text("Ce recensement", true, false),
                Inline.Text.plain(" a été réalisé à partir des réponses au questionnaire."), new Inline.LineBreak(),
                new Inline.Text("Données amenées à évoluer.", false, true))));
        blocks.add(new Block.Paragraph(ParagraphRole.BODY, text(HOSTILE)));
        blocks.add(new Block.ItemList(List.of(text("Les fiches ajoutées de septembre à novembre sont en vert."),
                text("Les intitulés des collectivités correspondent aux formulaires."))));
        blocks.add(new Block.Paragraph(ParagraphRole.FOOTNOTE, text("¹ Note de bas de page.")));

        blocks.add(new Block.Heading(1, "partenariats", text("Les partenariats par région"), true));
        blocks.add(summary(partnerships));
        blocks.add(new Block.Paragraph(ParagraphRole.NOTE, List.of(new Inline.Text("En vert", true, false),
                Inline.Text.plain(" : fiches mises à jour depuis le 1er septembre 2013."))));

        blocks.add(new Block.Heading(1, "apercu", text("Aperçu général"), true));
        blocks.add(new Block.Paragraph(ParagraphRole.BODY, text(partnerships.size() + " fiches ; "
                + "des collectivités ont poursuivi leur coopération depuis le 22 mars 2012.")));
        int number = 1;
        for (CensusChart chart : charts) {
            ChartContext context = ChartContext.of(census, locale);
            blocks.add(new Block.Figure(number, "figure-" + chart.id(), chart.title(locale),
                    "Graphique : " + chart.title(locale), () -> chart.build(census, context),
                    ChartSize.PRINT.taller(chart.relativeHeight())));
            blocks.add(new Block.Paragraph(ParagraphRole.SOURCE, text("Source : " + census.edition().sourceLine())));
            number++;
        }

        Map<String, List<Partnership>> byRegion = partnerships.stream().collect(Collectors.groupingBy(
                p -> p.regions().isEmpty() ? p.sourceSection() : p.regions().get(0), LinkedHashMap::new,
                Collectors.toList()));
        int index = 0;
        for (Map.Entry<String, List<Partnership>> region : byRegion.entrySet()) {
            blocks.add(new Block.Heading(1, "region-" + slug(region.getKey()), text(region.getKey()), true));
            for (Partnership p : region.getValue()) {
                blocks.add(fiche(p, index++));
            }
        }
        census.solidarityFund().ifPresent(fund -> {
            blocks.add(new Block.Heading(1, "fonds", text(fund.name()), true));
            List<Row> rows = new ArrayList<>();
            for (Donor donor : fund.donors()) {
                rows.add(new Row(List.of(cell(donor.name()), cell(donor.amount().raw())), false, false));
            }
            rows.add(new Row(List.of(cell("Total"), cell(fund.totalEur().toPlainString() + " €")), false, true));
            blocks.add(new Block.Table(TableRole.DONORS, Optional.of("Donateurs au " + fund.asOf()),
                    List.of(header("Donateur"), header("Montant")), rows, List.of(3, 1)));
            blocks.add(new Block.Table(TableRole.RECONCILIATION, Optional.empty(),
                    List.of(header("Chiffre"), header("Imprimé"), header("Calculé")),
                    List.of(new Row(List.of(cell("Fiches"), cell("54"), cell(Integer.toString(54))), false, false)),
                    List.of(2, 1, 1)));
        });
        return new EditionDocument(locale, census.edition().title(), census.edition().publisher(),
                census.edition().editionDate(), blocks);
    }

    /** A fiche's anchor: unique even when the large sample repeats a partnership. */
    static String anchor(Partnership p, int index) {
        return "fiche-" + p.id() + (index < 54 ? "" : "-" + index);
    }

    static boolean marked(Partnership p) {
        return p.updated().latest().filter(d -> !d.isBefore(MARKED_SINCE)).isPresent();
    }

    private static Block.Table summary(List<Partnership> partnerships) {
        List<Row> rows = new ArrayList<>();
        int index = 0;
        for (Partnership p : partnerships) {
            String anchor = anchor(p, index++);
            rows.add(new Row(List.of(new Cell(List.of(new Inline.Link(names(p.frenchParties()), "#" + anchor)), false,
                    1), cell(names(p.partnerParties()))), marked(p), false));
            if (index >= 200) {
                break;
            }
        }
        return new Block.Table(TableRole.SUMMARY, Optional.empty(),
                List.of(header("Collectivité française"), header("Partenaire malien")), rows, List.of(1, 1));
    }

    private static Block.Fiche fiche(Partnership p, int index) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, "h-" + anchor(p, index), text(names(p.frenchParties()) + " / "
                + names(p.partnerParties())), false));
        blocks.add(new Block.Paragraph(ParagraphRole.DATE, text("Mise à jour : " + p.updated().raw())));
        blocks.add(new Block.Table(TableRole.PARTIES, Optional.empty(),
                List.of(header("Collectivité française"), header("Partenaire malien")),
                List.of(new Row(List.of(cell(names(p.frenchParties())), cell(names(p.partnerParties()))), false,
                        false)), List.of(1, 1)));
        blocks.add(new Block.Table(TableRole.PRESENTATION, Optional.empty(), List.of(), List.of(
                label("Formalisation", p.formalisation().raw()),
                label("Document cadre", p.governingDocument().raw()),
                label("Budget annuel", p.annualBudget().raw()),
                label("Poursuite depuis le 22 mars 2012", p.continuation().raw()),
                label("Évolution du budget 2013", p.budgetTrend().raw()),
                label("Moyens sur place", p.localMeans())), List.of(1, 2)));
        List<Row> actions = new ArrayList<>();
        for (Action a : p.actions()) {
            actions.add(new Row(List.of(cell(a.domain().raw()), cell(a.description()), cell(a.period().raw()),
                    cell(a.budget().raw())), false, false));
        }
        if (!actions.isEmpty()) {
            blocks.add(new Block.Table(TableRole.ACTIONS, Optional.empty(), List.of(header("Domaine"),
                    header("Action"), header("Période"), header("Budget")), actions, List.of(2, 5, 2, 2)));
        }
        if (!p.perspectives().isBlank()) {
            blocks.add(new Block.Heading(3, "p-" + anchor(p, index), text("Perspectives"), false));
            blocks.add(new Block.Paragraph(ParagraphRole.BODY, text(p.perspectives())));
        }
        return new Block.Fiche(anchor(p, index), p.regions(), List.of(), marked(p), blocks);
    }

    static String names(List<Party> parties) {
        return parties.stream().map(Party::name).collect(Collectors.joining(", "));
    }

    /** A text with its line feeds as line breaks, as the builder gives them. */
    static List<Inline> text(String text) {
        List<Inline> inlines = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                inlines.add(new Inline.LineBreak());
            }
            if (!lines[i].isEmpty()) {
                inlines.add(Inline.Text.plain(lines[i]));
            }
        }
        return inlines;
    }

    private static Cell cell(String text) {
        return new Cell(text(text), false, 1);
    }

    private static Cell header(String text) {
        return new Cell(text(text), true, 1);
    }

    private static Row label(String label, String value) {
        return new Row(List.of(header(label), cell(value)), false, false);
    }

    private static String slug(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
