package org.census.publication.internal.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.census.model.EditionTexts.TextBlock;
import org.census.publication.internal.document.Block;
import org.census.publication.internal.document.Inline;

/**
 * An edition text (foreword, overview narrative, nota bene) as blocks: a heading as a level 2 heading when it is
 * numbered ("1. Le contexte") or comes before any numbered one, else level 3; paragraphs; consecutive items as one
 * list; footnotes.
 */
final class TextBlocks {
    private static final Pattern NUMBERED = Pattern.compile("\\d+\\s*[.)].*", Pattern.DOTALL);

    private TextBlocks() {
    }

    static List<Block> of(List<TextBlock> text, Block.ParagraphRole paragraphs, Anchors anchors) {
        List<Block> blocks = new ArrayList<>();
        List<List<Inline>> items = new ArrayList<>();
        boolean numberedSeen = false;
        for (TextBlock b : text) {
            if (b.kind() != TextBlock.Kind.ITEM && !items.isEmpty()) {
                blocks.add(new Block.ItemList(items));
                items = new ArrayList<>();
            }
            switch (b.kind()) {
                case HEADING -> {
                    boolean numbered = NUMBERED.matcher(b.text().strip()).matches();
                    numberedSeen |= numbered;
                    int level = numbered || !numberedSeen ? 2 : 3;
                    blocks.add(new Block.Heading(level, anchors.of("section", b.text()), RichText.marked(b.text()),
                            false));
                }
                case PARAGRAPH -> blocks.add(new Block.Paragraph(paragraphs, RichText.marked(b.text())));
                case ITEM -> items.add(RichText.marked(b.text()));
                case FOOTNOTE -> blocks.add(new Block.Paragraph(Block.ParagraphRole.FOOTNOTE,
                        RichText.marked(b.text())));
            }
        }
        if (!items.isEmpty()) {
            blocks.add(new Block.ItemList(items));
        }
        return blocks;
    }
}
