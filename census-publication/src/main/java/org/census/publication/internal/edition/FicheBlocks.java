package org.census.publication.internal.edition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.census.model.Action;
import org.census.model.Contact;
import org.census.model.ContactSide;
import org.census.model.Partnership;
import org.census.model.Party;
import org.census.model.PartyRole;
import org.census.overview.Overview;
import org.census.publication.internal.document.Block;
import org.census.publication.internal.document.Block.Cell;
import org.census.publication.internal.document.Block.Row;
import org.census.publication.internal.document.Block.TableRole;
import org.census.publication.internal.document.Inline;

/**
 * One partnership's fiche, laid out as the source lays it out: its title, update date, parties (and contacts when
 * asked), presentation, actions and perspectives. Every value is the form's own text, verbatim, line breaks kept;
 * only the labels are the edition's words.
 */
final class FicheBlocks {
    private static final List<Integer> LABEL_VALUE = List.of(2, 3);
    private static final List<Integer> ACTION_WIDTHS = List.of(3, 6, 3, 2);

    private final EditionContext edition;

    FicheBlocks(EditionContext edition) {
        this.edition = edition;
    }

    /** "Mairie d'Angers / Mairie de Bamako": the parties to the partnership, French first; the fiche's title. */
    static String title(Partnership p, Wording words) {
        String french = names(p.frenchParties());
        String partner = names(p.partnerParties());
        String third = names(p.thirdCountryParties());
        if (!third.isEmpty()) {
            partner = partner.isEmpty() ? third : third + " / " + partner;
        }
        if (french.isEmpty() || partner.isEmpty()) {
            return french.isEmpty() && partner.isEmpty() ? p.id() : french + partner;
        }
        return words.get("fiche.title", french, partner);
    }

    /** The names of the parties proper (role PARTY), else of every body named, each once. */
    private static String names(List<Party> parties) {
        List<Party> proper = parties.stream().filter(p -> p.role() == PartyRole.PARTY).toList();
        return (proper.isEmpty() ? parties : proper).stream().map(Party::name).distinct()
                .collect(Collectors.joining(", "));
    }

    Block.Fiche of(Partnership p) {
        Wording w = edition.words;
        String anchor = edition.anchors.exactly("fiche-" + p.id());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, edition.anchors.exactly(anchor + "-title"), RichText.text(title(p, w)),
                false));
        blocks.add(new Block.Paragraph(Block.ParagraphRole.DATE, RichText.plain(w.get("fiche.updated",
                p.updated().raw()))));
        blocks.add(parties(p));
        blocks.add(presentation(p));
        List<Action> actions = p.actions();
        if (!actions.isEmpty()) {
            blocks.add(actions(p));
        }
        blocks.add(new Block.Paragraph(Block.ParagraphRole.BODY, RichText.bold(w.get("fiche.perspectives"))));
        blocks.add(new Block.Paragraph(Block.ParagraphRole.BODY, RichText.plain(p.perspectives())));
        Set<String> domains = new LinkedHashSet<>();
        Overview.countedActions(p).forEach(a -> domains.add(a.domain().category().label(w.locale())));
        return new Block.Fiche(anchor, p.regions(), List.copyOf(domains), edition.marked(p), blocks);
    }

    private Block.Table parties(Partnership p) {
        Wording w = edition.words;
        List<Row> rows = new ArrayList<>();
        rows.add(labelled(w.get("fiche.french"), raws(p.frenchParties())));
        rows.add(labelled(w.get("fiche.partner", edition.country()), raws(p.partnerParties())));
        if (!p.thirdCountryParties().isEmpty()) {
            rows.add(labelled(w.get("fiche.thirdCountry"), raws(p.thirdCountryParties())));
        }
        // The census handed in is already without contacts unless they were asked for.
        if (edition.options.includeContacts() && !p.contacts().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (Contact c : p.contacts()) {
                lines.add(c.side() == ContactSide.FRANCE ? w.get("fiche.contactFrance", c.raw())
                        : w.get("fiche.contactPartner", edition.country(), c.raw()));
            }
            rows.add(labelled(w.get("fiche.contacts"), String.join("\n", lines)));
        }
        return new Block.Table(TableRole.PARTIES, Optional.empty(), List.of(), rows, LABEL_VALUE);
    }

    /** The words of the form that name the bodies, each text once (one text may name several bodies). */
    private static String raws(List<Party> parties) {
        return parties.stream().map(Party::raw).distinct().collect(Collectors.joining("\n"));
    }

    private Block.Table presentation(Partnership p) {
        Wording w = edition.words;
        String crisis = edition.date(edition.census.edition().crisisReferenceDate());
        String year = String.valueOf(edition.census.edition().editionDate().getYear());
        List<Row> rows = List.of(
                labelled(w.get("fiche.formalisation"), p.formalisation().raw()),
                labelled(w.get("fiche.governingDocument"), p.governingDocument().raw()),
                labelled(w.get("fiche.annualBudget"), p.annualBudget().raw()),
                labelled(w.get("fiche.continuation", crisis), p.continuation().raw()),
                labelled(w.get("fiche.budgetTrend", year), p.budgetTrend().raw()),
                labelled(w.get("fiche.localMeans"), p.localMeans()));
        return new Block.Table(TableRole.PRESENTATION, Optional.of(w.get("fiche.presentation")), List.of(),
                rows, LABEL_VALUE);
    }

    private Block.Table actions(Partnership p) {
        Wording w = edition.words;
        // A row that only totals the others is the table's total row, as the overview leaves it out.
        Set<Action> counted = Collections.newSetFromMap(new IdentityHashMap<>());
        counted.addAll(Overview.countedActions(p));
        List<Cell> header = List.of(headerCell(w.get("fiche.domain")), headerCell(w.get("fiche.action")),
                headerCell(w.get("fiche.period")), headerCell(w.get("fiche.budget")));
        List<Row> rows = new ArrayList<>();
        for (Action a : p.actions()) {
            String domain = a.number().isEmpty() ? a.domain().raw()
                    : a.domain().raw().isEmpty() ? a.number() + "." : a.number() + ". " + a.domain().raw();
            String description = a.note().isEmpty() ? a.description() : a.description() + "\n" + a.note();
            rows.add(new Row(List.of(cell(domain), cell(description), cell(a.period().raw()),
                    cell(a.budget().raw())), false, !counted.contains(a)));
        }
        String crisis = edition.date(edition.census.edition().crisisReferenceDate());
        return new Block.Table(TableRole.ACTIONS, Optional.of(w.get("fiche.actions", crisis)), header,
                rows, ACTION_WIDTHS);
    }

    static Row labelled(String label, String value) {
        return new Row(List.of(headerCell(label), cell(value)), false, false);
    }

    static Cell headerCell(String text) {
        return new Cell(RichText.plain(text), true, 1);
    }

    static Cell cell(String text) {
        return new Cell(RichText.plain(text), false, 1);
    }

    static Cell cell(List<Inline> inlines) {
        return new Cell(inlines, false, 1);
    }
}
