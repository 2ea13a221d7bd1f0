package org.census.publication.internal.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.census.model.Census;
import org.census.model.CensusEdition;
import org.census.model.Donor;
import org.census.model.EditionTexts;
import org.census.model.EditionTexts.TextBlock;
import org.census.model.Partnership;
import org.census.model.SolidarityFund;
import org.census.publication.EditionOptions;
import org.census.publication.internal.document.Block;
import org.census.publication.internal.document.Block.ParagraphRole;
import org.census.publication.internal.document.Block.Row;
import org.census.publication.internal.document.Block.TableRole;
import org.census.publication.internal.document.EditionDocument;
import org.census.publication.internal.document.Inline;

/**
 * Builds the edition document of a census, in the source's order: title page, table of contents, foreword (and
 * credits, with the contacts), the summary of the partnerships by region, the overview (narrative, figures as
 * sentences, charts), the fiches under their regions, the donors to the solidarity fund, the map of the regions, and
 * the annex of printed against computed figures. Personal data is left out here, once, unless asked for: every
 * renderer prints what it is given.
 */
public final class EditionBuilder {
    private EditionBuilder() {
    }

    /** The edition document of a census. */
    public static EditionDocument build(Census census, EditionOptions options) {
        Census published = options.includeContacts() ? census : census.withoutContacts();
        EditionTexts texts = options.includeContacts() ? census.edition().texts()
                : PublishedTexts.withoutPersonalData(census.edition().texts());
        EditionContext edition = new EditionContext(published, options);
        CensusEdition e = published.edition();
        Map<String, List<Partnership>> groups = RegionGroups.of(published);

        List<Block> blocks = new ArrayList<>(titlePage(edition, texts));
        blocks.add(new Block.PageBreak());
        blocks.add(new Block.TableOfContents(edition.words.get("toc.title")));
        blocks.addAll(foreword(edition, texts));
        blocks.addAll(new SummarySection(edition).blocks(groups, texts));
        OverviewSection overview = new OverviewSection(edition);
        blocks.addAll(overview.blocks(texts));
        blocks.addAll(fiches(edition, groups));
        published.solidarityFund().ifPresent(fund -> blocks.addAll(donors(edition, fund)));
        overview.map().ifPresent(map -> {
            blocks.add(new Block.Heading(1, edition.anchors.of("map", ""), RichText.text(edition.words.get(
                    "map.title", edition.country())), true));
            blocks.add(map);
        });
        blocks.addAll(overview.annex());
        return new EditionDocument(options.locale(), e.title(), e.publisher(), e.editionDate(), blocks);
    }

    /**
     * Title, subtitle, publisher, the edition's own title-page lines, its date and its source. The date line is the
     * edition's words ("Version au 8 novembre 2013", "Edition of 8 November 2013"): a title-page line that gives the
     * same date in French is that line, and is not printed twice.
     */
    private static List<Block> titlePage(EditionContext edition, EditionTexts texts) {
        CensusEdition e = edition.census.edition();
        Wording w = edition.words;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(ParagraphRole.TITLE, RichText.text(e.title())));
        e.subtitle().ifPresent(s -> blocks.add(new Block.Paragraph(ParagraphRole.SUBTITLE, RichText.text(s))));
        blocks.add(new Block.Paragraph(ParagraphRole.NOTE, RichText.text(e.publisher())));
        String frenchDate = Wording.of(Locale.FRENCH).date(e.editionDate());
        for (TextBlock line : texts.titlePage()) {
            if (!line.text().contains(frenchDate)) {
                blocks.add(new Block.Paragraph(ParagraphRole.NOTE, RichText.marked(line.text())));
            }
        }
        blocks.add(new Block.Paragraph(ParagraphRole.NOTE, RichText.text(w.get("title.edition",
                edition.date(e.editionDate())))));
        blocks.add(new Block.Paragraph(ParagraphRole.SOURCE, RichText.text(w.get("title.source", e.sourceLine()))));
        e.sourceUrl().ifPresent(url -> blocks.add(new Block.Paragraph(ParagraphRole.SOURCE, List.of(
                Inline.Text.plain(w.get("title.document") + " "), new Inline.Link(url, url)))));
        return blocks;
    }

    private static List<Block> foreword(EditionContext edition, EditionTexts texts) {
        List<Block> blocks = new ArrayList<>();
        if (!texts.foreword().isEmpty()) {
            blocks.add(new Block.Heading(1, edition.anchors.of("foreword", ""), RichText.text(edition.words.get(
                    "foreword.title")), true));
            blocks.addAll(TextBlocks.of(texts.foreword(), ParagraphRole.BODY, edition.anchors));
        }
        // Names of staff: present only when the contacts are asked for (PublishedTexts removed them otherwise).
        if (!texts.credits().isEmpty()) {
            blocks.add(new Block.Heading(2, edition.anchors.of("credits", ""), RichText.text(edition.words.get(
                    "credits.title")), false));
            blocks.addAll(TextBlocks.of(texts.credits(), ParagraphRole.NOTE, edition.anchors));
        }
        return blocks;
    }

    /** A level 1 heading per region, on a new page, then its fiches in the census's order. */
    private static List<Block> fiches(EditionContext edition, Map<String, List<Partnership>> groups) {
        FicheBlocks fiches = new FicheBlocks(edition);
        List<Block> blocks = new ArrayList<>();
        for (Map.Entry<String, List<Partnership>> group : groups.entrySet()) {
            String region = group.getKey().equals(RegionGroups.NO_REGION) ? edition.words.get("region.none")
                    : group.getKey();
            blocks.add(new Block.Heading(1, edition.anchors.of("region", region), RichText.text(region), true));
            group.getValue().forEach(p -> blocks.add(fiches.of(p)));
        }
        return blocks;
    }

    /** The donors in the order printed, their amounts as written, and the total computed from them. */
    private static List<Block> donors(EditionContext edition, SolidarityFund fund) {
        Wording w = edition.words;
        List<Row> rows = new ArrayList<>();
        for (Donor d : fund.donors()) {
            rows.add(new Row(List.of(FicheBlocks.cell(d.name()), FicheBlocks.cell(d.amount().raw())), false, false));
        }
        rows.add(new Row(List.of(FicheBlocks.headerCell(w.get("donors.total")),
                FicheBlocks.headerCell(edition.euros(fund.totalEur()))), false, true));
        return List.of(new Block.Heading(1, edition.anchors.of("donors", ""), RichText.text(w.get("donors.title",
                        fund.name())), true),
                new Block.Table(TableRole.DONORS, Optional.of(w.get("donors.asOf", edition.date(fund.asOf()))),
                        List.of(FicheBlocks.headerCell(w.get("donors.name")),
                                FicheBlocks.headerCell(w.get("donors.amount"))), rows, List.of(4, 2)));
    }
}
