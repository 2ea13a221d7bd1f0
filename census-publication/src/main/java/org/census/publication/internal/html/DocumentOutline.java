package org.census.publication.internal.html;

import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.census.publication.internal.document.Block;
import org.census.publication.internal.document.EditionDocument;
import org.census.publication.internal.document.Inline;

/**
 * What the renderer must know before it writes the body, read in one pass over the blocks: the level 1 and 2
 * headings (the table of contents and the PDF's bookmarks may come before them) and the values the fiches are
 * filtered by. Small: a few strings a fiche, never the fiches' content.
 *
 * @param headings the level 1 and 2 headings in reading order, with those of the fiches
 * @param regions  the fiches' regions in the order they first occur (the census's order)
 * @param domains  the fiches' domains, sorted for the language
 * @param fiches   how many fiches there are
 */
public record DocumentOutline(List<Entry> headings, List<String> regions, List<String> domains, int fiches) {

    /** A heading as the table of contents lists it. */
    public record Entry(int level, String anchor, String text) {
    }

    public static DocumentOutline of(EditionDocument document) {
        List<Entry> headings = new ArrayList<>();
        Set<String> regions = new LinkedHashSet<>();
        Set<String> domains = new TreeSet<>(Collator.getInstance(document.locale()));
        int fiches = 0;
        for (Block block : document.blocks()) {
            if (block instanceof Block.Heading h) {
                add(headings, h);
            } else if (block instanceof Block.Fiche f) {
                fiches++;
                regions.addAll(f.regions());
                domains.addAll(f.domains());
                for (Block inner : f.blocks()) {
                    if (inner instanceof Block.Heading h) {
                        add(headings, h);
                    }
                }
            }
        }
        return new DocumentOutline(List.copyOf(headings), List.copyOf(regions), List.copyOf(domains), fiches);
    }

    private static void add(List<Entry> headings, Block.Heading heading) {
        if (heading.level() <= 2) {
            headings.add(new Entry(heading.level(), heading.anchor(), Inline.plainText(heading.text())));
        }
    }

}
