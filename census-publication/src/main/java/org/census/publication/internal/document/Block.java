package org.census.publication.internal.document;

import org.census.charts.ChartSize;
import org.jfree.chart.JFreeChart;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** One block of an edition document. */
public sealed interface Block {

    /**
     * A heading.
     *
     * @param level   1 (a part: overview, a region), 2 (a fiche, a sub-part) or 3
     * @param anchor  a stable id for links and bookmarks ("apercu", "region-kayes"), unique in the document
     * @param text    its text
     * @param newPage whether it starts a new page in print
     */
    record Heading(int level, String anchor, List<Inline> text, boolean newPage) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level must be 1 to 3, got " + level);
            }
            Objects.requireNonNull(anchor, "anchor");
            text = List.copyOf(text);
        }
    }

    /** A paragraph, of a role that says how it is set. */
    record Paragraph(ParagraphRole role, List<Inline> text) implements Block {
        public Paragraph {
            Objects.requireNonNull(role, "role");
            text = List.copyOf(text);
        }
    }

    /** A bulleted list: each item a run of inlines. */
    record ItemList(List<List<Inline>> items) implements Block {
        public ItemList {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A table. Header cells are the first row when {@code header} is not empty.
     *
     * @param role    what the table is, which sets its look
     * @param caption a caption above it, if any
     * @param header  the column headings (empty for a table without a header row, such as a fiche's presentation)
     * @param rows    the rows
     * @param widths  the columns' relative widths (as many as the widest row has cells, counting spans)
     */
    record Table(TableRole role, Optional<String> caption, List<Cell> header, List<Row> rows, List<Integer> widths)
            implements Block {
        public Table {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(caption, "caption");
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            widths = List.copyOf(widths);
        }
    }

    /**
     * A numbered figure: a chart with its caption.
     *
     * @param number  its number in the document, from 1
     * @param anchor  a stable id ("figure-regions")
     * @param caption the caption ("Figure 1 : ...", the prefix added by the renderer)
     * @param alt     a text alternative for readers who cannot see it
     * @param chart   builds the chart (a new one each call: JFreeChart objects are mutable)
     * @param size    the size it is drawn at, in points
     */
    record Figure(int number, String anchor, String caption, String alt, Supplier<JFreeChart> chart, ChartSize size)
            implements Block {
        public Figure {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(caption, "caption");
            Objects.requireNonNull(alt, "alt");
            Objects.requireNonNull(chart, "chart");
            Objects.requireNonNull(size, "size");
        }
    }

    /** The table of contents, of the level 1 and 2 headings, under its title. */
    record TableOfContents(String title) implements Block {
        public TableOfContents {
            Objects.requireNonNull(title, "title");
        }
    }

    /** A page break in print (nothing on screen). */
    record PageBreak() implements Block {
    }

    /**
     * One partnership's fiche: its blocks, with what a reader filters fiches by.
     *
     * @param anchor  "fiche-" and the partnership's id ("fiche-angers-bamako")
     * @param regions the regions it is listed under, as the census names them
     * @param domains the domains of its actions, in the output's language
     * @param marked  updated after the date the reader asked about, marked as the source marked its late fiches
     * @param blocks  its content: the heading first
     */
    record Fiche(String anchor, List<String> regions, List<String> domains, boolean marked, List<Block> blocks)
            implements Block {
        public Fiche {
            Objects.requireNonNull(anchor, "anchor");
            regions = List.copyOf(regions);
            domains = List.copyOf(domains);
            blocks = List.copyOf(blocks);
        }
    }

    /** What a paragraph is, which sets its style. */
    enum ParagraphRole {
        /** The title page's title. */
        TITLE,
        /** The title page's subtitle. */
        SUBTITLE,
        /** Ordinary text. */
        BODY,
        /** A smaller note: the title page's lines, the nota bene, a legend. */
        NOTE,
        /** A footnote's text. */
        FOOTNOTE,
        /** The source line under a table or figure. */
        SOURCE,
        /** A fiche's update date line. */
        DATE
    }

    /** What a table is, which sets its look. */
    enum TableRole {
        /** The summary of partnerships by region. */
        SUMMARY,
        /** A fiche's two parties. */
        PARTIES,
        /** A fiche's presentation: label cells, value cells. */
        PRESENTATION,
        /** A fiche's actions: domain, action, period, budget. */
        ACTIONS,
        /** The donors to the solidarity fund, with a total row. */
        DONORS,
        /** Printed against computed figures. */
        RECONCILIATION
    }

    /**
     * A table cell.
     *
     * @param text   its content (line breaks as {@link Inline.LineBreak})
     * @param header whether it is a heading cell (a label)
     * @param span   how many columns it spans, at least 1
     */
    record Cell(List<Inline> text, boolean header, int span) {
        public Cell {
            text = List.copyOf(text);
            if (span < 1) {
                throw new IllegalArgumentException("span must be at least 1, got " + span);
            }
        }
    }

    /**
     * A table row.
     *
     * @param cells  its cells
     * @param marked whether it is marked (a late fiche in the summary)
     * @param total  whether it is a total row
     */
    record Row(List<Cell> cells, boolean marked, boolean total) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
