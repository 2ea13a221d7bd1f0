package org.census.publication.internal.pdf;

import java.util.ArrayList;
import java.util.List;

import org.census.publication.internal.document.Block;

/**
 * The edition cut into parts that the layout engine lays out one at a time, each of bounded size: openhtmltopdf holds a
 * part's whole DOM and boxes, never the document's. Parts are cut where print starts a new page anyway (before a
 * level 1 heading on a new page, after a page break), so that the pages are those of one layout; a region too large
 * for one part is cut between two fiches, and its next part starts on a new page.
 *
 * <p>The part holding the table of contents holds everything before it (the title page) and nothing after: it is laid
 * out last, with the page numbers of the others written in. The other parts are grouped up to a weight that spreads
 * them over the cores.
 */
final class PrintParts {
    /** What a figure weighs against a line of text: a chart is drawn from a few hundred shapes. */
    private static final int FIGURE_WEIGHT = 30;

    private PrintParts() {
    }

    /**
     * A part.
     *
     * @param index    its place in the document, from 0
     * @param blocks   its blocks, in order
     * @param contents whether it holds the table of contents
     */
    record Part(int index, List<Block> blocks, boolean contents) {
        Part {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * Cuts the blocks into parts.
     *
     * @param blocks    the document's blocks
     * @param maxWeight the most a part may weigh (lines of text, table rows, figures weighted), unless one block alone
     *                  weighs more
     * @param spread    into how many parts at least the body is cut when its sections allow (for the cores)
     */
    static List<Part> of(List<Block> blocks, int maxWeight, int spread) {
        List<List<Block>> sections = sections(blocks);
        int contents = -1;
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).stream().anyMatch(Block.TableOfContents.class::isInstance)) {
                contents = i;
                break;
            }
        }
        List<Part> parts = new ArrayList<>();
        if (contents >= 0) {
            List<Block> front = new ArrayList<>();
            sections.subList(0, contents + 1).forEach(front::addAll);
            parts.add(new Part(0, withoutTrailingBreak(front), true));
        }
        List<List<Block>> body = sections.subList(contents + 1, sections.size());
        long total = body.stream().mapToLong(PrintParts::weight).sum();
        int target = (int) Math.max(1, Math.min(maxWeight, total / Math.max(1, spread)));
        List<Block> current = new ArrayList<>();
        long weight = 0;
        for (List<Block> section : body) {
            long w = weight(section);
            if (!current.isEmpty() && weight + w > target) {
                parts.add(new Part(parts.size(), withoutTrailingBreak(current), false));
                current = new ArrayList<>();
                weight = 0;
            }
            if (w <= maxWeight) {
                current.addAll(section);
                weight += w;
                continue;
            }
            // A section too large for one part: cut between its blocks (between fiches, in a region).
            for (Block block : section) {
                int b = weight(block);
                if (!current.isEmpty() && weight + b > maxWeight) {
                    parts.add(new Part(parts.size(), withoutTrailingBreak(current), false));
                    current = new ArrayList<>();
                    weight = 0;
                }
                current.add(block);
                weight += b;
            }
        }
        if (!current.isEmpty()) {
            parts.add(new Part(parts.size(), withoutTrailingBreak(current), false));
        }
        return List.copyOf(parts);
    }

    /** Runs of blocks each starting a page: cut before a level 1 heading on a new page and after a page break. */
    private static List<List<Block>> sections(List<Block> blocks) {
        List<List<Block>> sections = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        for (Block block : blocks) {
            boolean startsPage = block instanceof Block.Heading h && h.level() == 1 && h.newPage()
                    || !current.isEmpty() && current.get(current.size() - 1) instanceof Block.PageBreak;
            if (startsPage && !current.isEmpty()) {
                sections.add(current);
                current = new ArrayList<>();
            }
            current.add(block);
        }
        if (!current.isEmpty()) {
            sections.add(current);
        }
        return sections;
    }

    /** A page break that ends a part would leave a blank page: the next part starts a page anyway. */
    private static List<Block> withoutTrailingBreak(List<Block> blocks) {
        int end = blocks.size();
        while (end > 0 && blocks.get(end - 1) instanceof Block.PageBreak) {
            end--;
        }
        return blocks.subList(0, end);
    }

    private static long weight(List<Block> section) {
        return section.stream().mapToLong(PrintParts::weight).sum();
    }

    /** About how many lines a block prints: what the layout engine holds boxes for. */
    static int weight(Block block) {
        if (block instanceof Block.ItemList list) {
            return Math.max(1, list.items().size());
        } else if (block instanceof Block.Table table) {
            return 1 + table.rows().size();
        } else if (block instanceof Block.Figure) {
            return FIGURE_WEIGHT;
        } else if (block instanceof Block.Fiche fiche) {
            return fiche.blocks().stream().mapToInt(PrintParts::weight).sum();
        } else if (block instanceof Block.PageBreak) {
            return 0;
        }
        return 1;
    }
}
