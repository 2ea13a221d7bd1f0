package org.census.publication.internal.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.census.model.EditionTexts.TextBlock;
import org.census.publication.internal.document.Block;
import org.census.publication.internal.document.Inline;
import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void boldLinksAndLineBreaksOfAnEditionText() {
        assertThat(RichText.marked("Selon **43 collectivités** et\nvoir http://www.cncd.fr/x.asp?id=46."))
                .containsExactly(Inline.Text.plain("Selon "), new Inline.Text("43 collectivités", true, false),
                        Inline.Text.plain(" et"), new Inline.LineBreak(), Inline.Text.plain("voir "),
                        new Inline.Link("http://www.cncd.fr/x.asp?id=46", "http://www.cncd.fr/x.asp?id=46"),
                        Inline.Text.plain("."));
    }

    @Test
    void aLoneDoubleStarIsPrintedAsItStands() {
        assertThat(RichText.marked("a ** b")).containsExactly(Inline.Text.plain("a "), Inline.Text.plain("**"),
                Inline.Text.plain(" b"));
    }

    @Test
    void aCensusTextKeepsItsLinesAndNothingElse() {
        assertThat(RichText.plain("**x**\n\ny")).containsExactly(Inline.Text.plain("**x**"), new Inline.LineBreak(),
                new Inline.LineBreak(), Inline.Text.plain("y"));
    }

    @Test
    void headingsItemsAndFootnotesBecomeBlocks() {
        List<Block> blocks = TextBlocks.of(List.of(new TextBlock(TextBlock.Kind.HEADING, "Mobilisation"),
                new TextBlock(TextBlock.Kind.HEADING, "1. Le contexte"),
                new TextBlock(TextBlock.Kind.PARAGRAPH, "Texte¹"),
                new TextBlock(TextBlock.Kind.HEADING, "Réunions publiques"),
                new TextBlock(TextBlock.Kind.ITEM, "un"), new TextBlock(TextBlock.Kind.ITEM, "deux"),
                new TextBlock(TextBlock.Kind.FOOTNOTE, "¹ Note")), Block.ParagraphRole.BODY, new Anchors());
        assertThat(blocks).hasSize(6);
        assertThat(((Block.Heading) blocks.get(0)).level()).isEqualTo(2);
        assertThat(((Block.Heading) blocks.get(1)).level()).isEqualTo(2);
        assertThat(((Block.Heading) blocks.get(1)).anchor()).isEqualTo("section-1-le-contexte");
        assertThat(((Block.Heading) blocks.get(3)).level()).isEqualTo(3);
        assertThat(((Block.ItemList) blocks.get(4)).items()).hasSize(2);
        assertThat(((Block.Paragraph) blocks.get(5)).role()).isEqualTo(Block.ParagraphRole.FOOTNOTE);
    }

    @Test
    void anchorsAreReadableAndUnique() {
        Anchors anchors = new Anchors();
        assertThat(anchors.of("region", "Ségou")).isEqualTo("region-segou");
        assertThat(anchors.of("region", "Ségou")).isEqualTo("region-segou-2");
        assertThat(anchors.of("summary", "")).isEqualTo("summary");
    }
}
