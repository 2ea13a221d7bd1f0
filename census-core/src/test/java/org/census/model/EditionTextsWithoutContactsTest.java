package org.census.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.census.model.EditionTexts.AnnouncedPartnership;
import org.census.model.EditionTexts.TextBlock;
import org.junit.jupiter.api.Test;

/** The edition's texts as they may be published: no credits, each person they name withheld, as in the forms. */
class EditionTextsWithoutContactsTest {
    private static TextBlock paragraph(String text) {
        return new TextBlock(TextBlock.Kind.PARAGRAPH, text);
    }

    @Test
    void creditsAreLeftOutAndEachPartIsWithheldWhereverItOccursWhole() {
        EditionTexts texts = new EditionTexts(List.of(paragraph("Version de Anne Dupont")),
                List.of(paragraph("Anne Dupont, présidente, et Paul Martin remercient les élus.\nAnne Dupont")),
                List.of(new TextBlock(TextBlock.Kind.FOOTNOTE, "¹ Étude de Paul Martinez")),
                List.of(new TextBlock(TextBlock.Kind.ITEM, "Voir Paul Martin")),
                List.of(new AnnouncedPartnership("Bamako", "Anne Dupont/ Bamako (à venir)", Optional.of("a"))),
                List.of(paragraph("Réalisation : Zoé Lebrun"), paragraph("z.lebrun@example.org")),
                List.of("Anne Dupont", "Paul Martin", "Zoé Lebrun", "z.lebrun@example.org"));
        EditionTexts published = texts.withoutContacts();
        assertThat(published.credits()).isEmpty();
        assertThat(published.personalParts()).isEmpty();
        assertThat(published.titlePage()).containsExactly(paragraph("Version de [personne]"));
        assertThat(published.foreword()).containsExactly(
                paragraph("[personne], présidente, et [personne] remercient les élus.\n[personne]"));
        // "Paul Martin" is not inside "Paul Martinez": a part is found whole.
        assertThat(published.overview()).containsExactly(
                new TextBlock(TextBlock.Kind.FOOTNOTE, "¹ Étude de Paul Martinez"));
        assertThat(published.notaBene()).containsExactly(new TextBlock(TextBlock.Kind.ITEM, "Voir [personne]"));
        assertThat(published.announced()).containsExactly(
                new AnnouncedPartnership("Bamako", "[personne]/ Bamako (à venir)", Optional.of("a")));
        assertThat(published.withoutContacts()).isEqualTo(published);
    }

    @Test
    void textsWithoutPersonalDataStayAsTheyAre() {
        EditionTexts texts = new EditionTexts(List.of(paragraph("Version au 8 novembre 2013")), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        assertThat(texts.withoutContacts()).isSameAs(texts);
        assertThat(EditionTexts.NONE.withoutContacts()).isSameAs(EditionTexts.NONE);
    }

    @Test
    void aCensusWithoutContactsCarriesItsEditionsTextsWithout() {
        EditionTexts texts = new EditionTexts(List.of(), List.of(paragraph("Merci à Anne Dupont.")), List.of(),
                List.of(), List.of(), List.of(paragraph("Anne Dupont")), List.of("Anne Dupont"));
        CensusEdition edition = new CensusEdition("xx-2013", "T", Optional.empty(), "P", "ML", "fr",
                java.time.LocalDate.of(2013, 11, 8), org.census.text.DateText.parse("2013"),
                java.time.LocalDate.of(2012, 3, 22), Optional.empty(), "P", List.of("Bamako")).withTexts(texts);
        Census census = new Census(edition, List.of(), Optional.empty(), List.of());
        assertThat(census.withoutContacts().edition().texts()).isEqualTo(texts.withoutContacts());
        assertThat(census.header().withoutContacts().edition().texts().foreword())
                .containsExactly(paragraph("Merci à [personne]."));
        assertThat(census.withoutContacts().edition().withTexts(texts)).isEqualTo(edition);
    }
}
