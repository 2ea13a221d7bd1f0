package org.census.publication.internal.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.census.bundled.BundledCensus;
import org.census.model.Census;
import org.census.model.Contact;
import org.census.model.EditionTexts;
import org.census.model.EditionTexts.TextBlock;
import org.census.model.Partnership;
import org.census.publication.EditionOptions;
import org.junit.jupiter.api.Test;

/** Contact persons and the persons the edition's texts name are printed only when asked for. */
class EditionPersonalDataTest {
    /** The source's foreword names people, and its credits are staff: personal data, as the census marks them. */
    private static final EditionTexts TEXTS = new EditionTexts(List.of(),
            List.of(new TextBlock(TextBlock.Kind.PARAGRAPH, "Michel Delebarre, président de Cités Unies France, "
                    + "remercie les élus.")),
            List.of(), List.of(), List.of(),
            List.of(new TextBlock(TextBlock.Kind.PARAGRAPH, "Réalisation :\nMathilde Lestra"),
                    new TextBlock(TextBlock.Kind.PARAGRAPH, "Actualisation et contact :\nConstance Koukoui")),
            List.of("Michel Delebarre"));
    private static final Census CENSUS = EditionBuilderTest.withTexts(BundledCensus.load(), TEXTS);

    private static List<String> names() {
        List<String> names = new ArrayList<>(List.of("Michel Delebarre", "Mathilde Lestra", "Constance Koukoui"));
        for (Partnership p : CENSUS.partnerships()) {
            p.contacts().stream().map(Contact::name).filter(n -> !n.isBlank()).forEach(names::add);
            names.addAll(p.personalParts());
        }
        return names;
    }

    @Test
    void noContactNameWithoutContacts() {
        List<String> names = names();
        assertThat(names).hasSizeGreaterThan(40);
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            String text = EditionBuilderTest.text(CENSUS, EditionOptions.in(locale));
            names.forEach(name -> assertThat(text).as(name).doesNotContain(name));
            assertThat(text).contains(Partnership.PERSON_WITHHELD + ", président de Cités Unies France")
                    .doesNotContain("Réalisation et contact", "Credits and contact", "Contact pour cet état des lieux", "Contact for this census");
        }
    }

    @Test
    void everyContactNameWithContacts() {
        String text = EditionBuilderTest.text(CENSUS, EditionOptions.in(Locale.FRENCH).withContacts(true));
        names().forEach(name -> assertThat(text).as(name).contains(name));
        assertThat(text).contains("## Réalisation et contact", "*Contact pour cet état des lieux | En France : "
                + "Anne-Sophie LE MARCHAND, mairie d'Angers");
    }
}
