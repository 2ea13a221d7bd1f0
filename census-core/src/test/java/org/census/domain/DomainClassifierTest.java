package org.census.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.census.bundled.BundledCensus;
import org.census.model.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainClassifierTest {

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', value = {
            "1. Santé publique / décentralisation|Formations des élus locaux|HEALTH",
            "Aide alimentaire d'urgence|Achat et distribution de céréales|EMERGENCY_FOOD_AID",
            "Sécurité Alimentaire d'urgence|Distribution de céréales aux familles|EMERGENCY_FOOD_AID",
            "Sécurité Alimentaire – Filière laitière|Développement de la filière lait|FOOD_SECURITY",
            "Propreté urbaine|Envoi de plusieurs camions bennes|URBAN_SERVICES_WASTE",
            "Education au Développement|30 ans de l'ARCADE : Festival du film|AWARENESS_IN_FRANCE",
            "Formation agricole|Création de deux maisons familiales rurales|VOCATIONAL_TRAINING",
            "Hydraulique|Remplacement de panneaux solaires|WATER_SANITATION",
            "Culture|Accueil d'artistes Dogons|CULTURE",
            "Accueil délégation|Accueil d'une délégation d'élus|PARTNER_RECEPTIONS",
            "Création d'entreprises|Lancement d'un dispositif binational|ECONOMIC_DEVELOPMENT",
            "|Début du programme touristique du Mandé|TOURISM",
            "Projet informatique/numérique|Création d'un site internet|DIGITAL",
            "Reconstruction d'Etat|Réhabilitation des locaux du conseil régional|INSTITUTIONAL_SUPPORT",
            "Association des femmes|Aide à l'installation du moulin des femmes|WOMEN",
    })
    void classifiesFromTheDomainCellFirst(String cell, String description, DomainCategory expected) {
        Domain d = Domain.classify(cell == null ? "" : cell, description);
        assertThat(d.category()).isEqualTo(expected);
        assertThat(d.raw()).isEqualTo(cell == null ? "" : cell);
    }

    @Test
    void fallsBackOnTheDescriptionAndSaysSo() {
        Domain d = Domain.classify("1.", "Achat et acheminement de céréales, denrées alimentaires, médicaments");
        assertThat(d.category()).isEqualTo(DomainCategory.FOOD_SECURITY);
        assertThat(d.source()).isEqualTo(ClassificationSource.DESCRIPTION);
        assertThat(d.also()).contains(DomainCategory.HEALTH);
    }

    @Test
    void whatMatchesNothingStaysVisible() {
        Domain d = Domain.classify("", "");
        assertThat(d.category()).isEqualTo(DomainCategory.UNCLASSIFIED);
        assertThat(d.source()).isEqualTo(ClassificationSource.NONE);
        assertThat(DomainCategory.UNCLASSIFIED.dacCode()).isEmpty();
    }

    @Test
    void aReceptionIsNotReadInAccueillant() {
        Domain d = Domain.classify("Sécurité Alimentaire d'urgence",
                "Distribution de céréales aux familles accueillant des populations déplacées");
        assertThat(d.mentions(DomainCategory.PARTNER_RECEPTIONS)).isFalse();
        assertThat(Domain.classify("", "Service social pour l'accueil des déplacés du nord")
                .mentions(DomainCategory.PARTNER_RECEPTIONS)).isFalse();
    }

    @Test
    void categoriesCarryDacCodesAndTwoLanguages() {
        assertThat(DomainCategory.HEALTH.dacCode()).contains(12220);
        assertThat(DomainCategory.EDUCATION.dacCode()).contains(11220);
        assertThat(DomainCategory.VOCATIONAL_TRAINING.dacCode()).contains(11330);
        assertThat(DomainCategory.WATER_SANITATION.dacCode()).contains(14030);
        assertThat(DomainCategory.FOOD_SECURITY.dacCode()).contains(43072);
        assertThat(DomainCategory.EMERGENCY_FOOD_AID.dacCode()).contains(72040);
        assertThat(DomainCategory.AGRICULTURE.dacCode()).contains(31120);
        assertThat(DomainCategory.INSTITUTIONAL_SUPPORT.dacCode()).contains(15112);
        assertThat(DomainCategory.CULTURE.dacCode()).contains(16061);
        assertThat(DomainCategory.HEALTH.label(Locale.FRENCH)).isEqualTo("Santé");
        assertThat(DomainCategory.HEALTH.label(Locale.ENGLISH)).isEqualTo("Health");
    }

    @Test
    void mostActionsOfTheBundledCensusAreClassified() {
        var actions = BundledCensus.load().partnerships().stream().flatMap(p -> p.actions().stream()).toList();
        long unclassified = actions.stream().map(Action::domain)
                .filter(d -> d.category() == DomainCategory.UNCLASSIFIED).count();
        // What is left: empty template rows, "/" rows, total rows, and two rows with no recognisable words.
        assertThat(unclassified).isEqualTo(13);
        assertThat(actions).hasSize(263);
    }
}
