package org.census.publication.internal.edition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.census.model.EditionTexts;
import org.census.model.EditionTexts.AnnouncedPartnership;
import org.census.model.Partnership;
import org.census.publication.internal.document.Block;
import org.census.publication.internal.document.Block.Row;
import org.census.publication.internal.document.Block.TableRole;
import org.census.publication.internal.document.Inline;

/**
 * The summary of the partnerships by region ("Fiches renseignées"): its nota bene, the legend of the marked fiches,
 * and a table of one line per form (a link to its fiche) under a line per region, with the partnerships the edition
 * announces inserted after the form they follow.
 */
final class SummarySection {
    private final EditionContext edition;

    SummarySection(EditionContext edition) {
        this.edition = edition;
    }

    /** The summary; nothing for a census without forms, announced partnerships or nota bene. */
    List<Block> blocks(Map<String, List<Partnership>> groups, EditionTexts texts) {
        if (groups.isEmpty() && texts.announced().isEmpty() && texts.notaBene().isEmpty()) {
            return List.of();
        }
        Wording w = edition.words;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, edition.anchors.of("summary", ""), RichText.text(w.get("summary.title")),
                true));
        if (!texts.notaBene().isEmpty()) {
            blocks.add(new Block.Paragraph(Block.ParagraphRole.NOTE, RichText.bold(w.get("summary.notaBene"))));
            blocks.addAll(TextBlocks.of(texts.notaBene(), Block.ParagraphRole.NOTE, edition.anchors));
        }
        edition.options.since().ifPresent(since -> blocks.add(new Block.Paragraph(Block.ParagraphRole.NOTE,
                RichText.text(w.get("legend.marked", edition.date(since))))));
        List<Row> rows = new ArrayList<>();
        Map<String, List<AnnouncedPartnership>> announced = new LinkedHashMap<>();
        texts.announced().forEach(a -> announced.computeIfAbsent(a.region(), r -> new ArrayList<>()).add(a));
        for (Map.Entry<String, List<Partnership>> group : groups.entrySet()) {
            rows.add(regionRow(group.getKey()));
            List<AnnouncedPartnership> pending = new ArrayList<>(announced.getOrDefault(group.getKey(), List.of()));
            announced.remove(group.getKey());
            addAnnounced(rows, pending, Optional.empty());
            for (Partnership p : group.getValue()) {
                List<Inline> link = List.of(new Inline.Link(FicheBlocks.title(p, w), "#fiche-" + p.id()));
                rows.add(new Row(List.of(FicheBlocks.cell(link)), edition.marked(p), false));
                addAnnounced(rows, pending, Optional.of(p.id()));
            }
            // Announced after a form that is not in this region: at the end of it, not lost.
            pending.forEach(a -> rows.add(announcedRow(a)));
        }
        // Announced in a region without any form yet.
        announced.forEach((region, list) -> {
            rows.add(regionRow(region));
            list.forEach(a -> rows.add(announcedRow(a)));
        });
        if (!rows.isEmpty()) {
            blocks.add(new Block.Table(TableRole.SUMMARY, Optional.empty(), List.of(), rows, List.of(1)));
        }
        return blocks;
    }

    private Row regionRow(String region) {
        String name = region.equals(RegionGroups.NO_REGION) ? edition.words.get("region.none") : region;
        return new Row(List.of(FicheBlocks.headerCell(name)), false, false);
    }

    private void addAnnounced(List<Row> rows, List<AnnouncedPartnership> pending, Optional<String> after) {
        pending.removeIf(a -> {
            if (a.after().equals(after)) {
                rows.add(announcedRow(a));
                return true;
            }
            return false;
        });
    }

    /**
     * "Bordeaux/ Bamako (à venir)": the census's line, its French mark replaced by the edition's, so that an English
     * edition says "(announced)".
     */
    private Row announcedRow(AnnouncedPartnership a) {
        String french = Wording.of(java.util.Locale.FRENCH).get("summary.announced");
        String text = a.text().strip();
        if (text.endsWith(french)) {
            text = text.substring(0, text.length() - french.length()).strip();
        }
        String line = text + " " + edition.words.get("summary.announced");
        return new Row(List.of(new Block.Cell(List.of(new Inline.Text(line, false, true)), false, 1)), false, false);
    }
}
