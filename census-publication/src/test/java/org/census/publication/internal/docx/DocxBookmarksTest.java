package org.census.publication.internal.docx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocxBookmarksTest {

    @Test
    void anAnchorBecomesAWordBookmarkName() {
        assertThat(DocxBookmarks.sanitise("fiche-angers-bamako")).isEqualTo("fiche_angers_bamako");
        assertThat(DocxBookmarks.sanitise("région-ségou")).isEqualTo("region_segou");
        assertThat(DocxBookmarks.sanitise("2013-annexe")).isEqualTo("a2013_annexe");
        assertThat(DocxBookmarks.sanitise("_caché")).isEqualTo("a_cache");
        assertThat(DocxBookmarks.sanitise("")).isEqualTo("a");
    }

    @Test
    void longNamesAreCutTo40AndKeptUnique() {
        DocxBookmarks bookmarks = new DocxBookmarks();
        String longer = "fiche-communaute-d-agglomeration-evry-centre-essonne-bamako";
        String other = longer + "-2";
        String first = bookmarks.name(longer);
        String second = bookmarks.name(other);
        assertThat(first).hasSize(40).isEqualTo("fiche_communaute_d_agglomeration_evry_ce");
        assertThat(second).hasSize(40).isNotEqualTo(first).endsWith("_2");
        // The same anchor always gets the same name, whether a link or the bookmark asks first.
        assertThat(bookmarks.name(longer)).isEqualTo(first);
        assertThat(bookmarks.name(other)).isEqualTo(second);
    }

    @Test
    void namesThatDifferOnlyByCaseAreDifferentBookmarks() {
        // Word compares bookmark names without case.
        DocxBookmarks bookmarks = new DocxBookmarks();
        assertThat(bookmarks.name("Kayes")).isEqualTo("Kayes");
        assertThat(bookmarks.name("kayes")).isEqualTo("kayes_2");
    }
}
