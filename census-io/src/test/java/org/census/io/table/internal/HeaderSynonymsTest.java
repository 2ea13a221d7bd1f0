package org.census.io.table.internal;

import org.census.io.table.TableField;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderSynonymsTest {
    private final HeaderSynonyms synonyms = HeaderSynonyms.get();

    private Optional<TableField> field(String header) {
        return synonyms.match(header).flatMap(HeaderSynonyms.Match::field);
    }

    private int score(String header) {
        return synonyms.match(header).map(HeaderSynonyms.Match::score).orElse(0);
    }

    @Test
    void theSameWordsScoreAHundredWhateverTheirCaseAndAccents() {
        assertThat(field("Collectivité française")).contains(TableField.FRENCH_PARTY);
        assertThat(score("COLLECTIVITE FRANCAISE")).isEqualTo(100);
        assertThat(score("  collectivité   française : ")).isEqualTo(100);
        assertThat(field("Région")).contains(TableField.REGION);
        assertThat(field("Date de début")).contains(TableField.START_DATE);
    }

    @Test
    void wordOrderAndPluralScoreNinetyFive() {
        assertThat(field("Française collectivités")).contains(TableField.FRENCH_PARTY);
        assertThat(score("Française collectivités")).isEqualTo(95);
    }

    @Test
    void partOfTheWordsScoresByTheWordsShared() {
        // "Budget / 2012" shares one word of two with "Budget": 2 * 1 / 3.
        assertThat(field("Budget / 2012")).contains(TableField.BUDGET);
        assertThat(score("Budget / 2012")).isEqualTo(66);
        assertThat(synonyms.match("Liste des partenariats de la région de Kayes")).isEmpty();
    }

    @Test
    void theColumnsCensusDerivesFromAnotherAreNotFields() {
        assertThat(synonyms.match("Budget min (€)")).hasValueSatisfying(m -> {
            assertThat(m.derived()).isTrue();
            assertThat(m.score()).isEqualTo(100);
        });
        assertThat(synonyms.match("Catégorie").map(HeaderSynonyms.Match::derived)).contains(true);
        assertThat(field("Budget")).contains(TableField.BUDGET);
        assertThat(field("Notes")).contains(TableField.NOTE);
        assertThat(field("Note")).contains(TableField.ACTION_NOTE);
    }

    @Test
    void hashtagsMatchPatternsWithAtLeastTheirAttributes() {
        assertThat(synonyms.match(HxlTag.parse("#org+impl").get())).hasValueSatisfying(m -> {
            assertThat(m.field()).contains(TableField.FRENCH_PARTY);
            assertThat(m.score()).isEqualTo(100);
        });
        assertThat(synonyms.match(HxlTag.parse("#ORG +impl +name").get())).hasValueSatisfying(m -> {
            assertThat(m.field()).contains(TableField.FRENCH_PARTY);
            assertThat(m.score()).isEqualTo(90);
        });
        assertThat(synonyms.match(HxlTag.parse("#adm1+code").get()).flatMap(HeaderSynonyms.Match::field))
                .contains(TableField.REGION_CODE);
        assertThat(synonyms.match(HxlTag.parse("#adm1+name").get()).flatMap(HeaderSynonyms.Match::field))
                .contains(TableField.REGION);
        assertThat(synonyms.match(HxlTag.parse("#value+budget+usd").get()).flatMap(HeaderSynonyms.Match::field))
                .contains(TableField.BUDGET);
        assertThat(synonyms.match(HxlTag.parse("#org").get())).isEmpty();
        assertThat(HxlTag.parse("# org")).isEmpty();
        assertThat(HxlTag.parse("#org+impl x")).isEmpty();
    }
}
