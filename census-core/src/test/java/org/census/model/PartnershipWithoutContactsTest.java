package org.census.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.census.text.BudgetTrend;
import org.census.text.Continuation;
import org.census.text.ContinuationStatus;
import org.census.text.DateText;
import org.census.text.GoverningDocument;
import org.census.text.MoneyText;
import org.junit.jupiter.api.Test;

/** Issue 10, point 13: without its contacts, a partnership names no person in any of its texts. */
class PartnershipWithoutContactsTest {
    private static final Contact ANNE = new Contact(ContactSide.FRANCE, "Anne MARTIN", "mairie", "Anne MARTIN, mairie");

    private static Partnership partnership(String localMeans, List<Action> actions, String continuation,
                                           List<String> notes, List<Contact> contacts, List<String> parts) {
        return new Partnership("p", Optional.empty(), "BAMAKO", List.of("Bamako"), DateText.parse("17/05/13"),
                List.of(), List.of(), List.of(), contacts, DateText.parse("1974"),
                GoverningDocument.parse("Accord signé par M. Oumar BATHILY"), MoneyText.parse("73 000€"),
                Continuation.parse(continuation), BudgetTrend.parse("Maintien"), localMeans, actions,
                "Visite de Daouda Camara en 2014", notes, parts);
    }

    private static Action action(String description, String note) {
        return Action.of("1", "Santé", false, description, "2013", "25 000€", note);
    }

    @Test
    void everyMarkedPartAndContactNameIsWithheldInEveryText() {
        Partnership p = partnership("Coordinateur : M. Oumar BATHILY, avec Anne MARTIN",
                List.of(action("Accueil de Daouda Camara", "vu avec Anne MARTIN"), action("Forage", "")),
                "Oui, seul M. Oumar BATHILY suit le projet", List.of("Anne MARTIN signe la fiche."), List.of(ANNE),
                List.of("M. Oumar BATHILY", "Daouda Camara"));

        Partnership published = p.withoutContacts();

        assertThat(published.contacts()).isEmpty();
        assertThat(published.personalParts()).isEmpty();
        assertThat(published.localMeans()).isEqualTo("Coordinateur : [personne], avec [personne]");
        assertThat(published.governingDocument().raw()).isEqualTo("Accord signé par [personne]");
        assertThat(published.perspectives()).isEqualTo("Visite de [personne] en 2014");
        assertThat(published.notes()).containsExactly("[personne] signe la fiche.");
        assertThat(published.actions().get(0).description()).isEqualTo("Accueil de [personne]");
        assertThat(published.actions().get(0).note()).isEqualTo("vu avec [personne]");
        assertThat(published.actions().get(1)).isSameAs(p.actions().get(1));
        // A changed text is read again: the warning that quoted the answer quotes the published answer.
        assertThat(published.continuation().status()).isEqualTo(ContinuationStatus.YES);
        assertThat(published.continuation().warnings())
                .containsExactly("continued with reservations: Oui, seul [personne] suit le projet");
        assertThat(published.annualBudget()).isSameAs(p.annualBudget());
        assertThat(published.actions().get(0).budget()).isEqualTo(p.actions().get(0).budget());
    }

    @Test
    void aPartIsFoundWholeAsWrittenAndTheLongestWins() {
        Partnership p = partnership("Keita, Keitala ; Bana TOURE ; TOURE ; Bana TOUREs ; toure", List.of(), "OUI",
                List.of(), List.of(), List.of("TOURE", "Bana TOURE", "Keita"));
        assertThat(p.withoutContacts().localMeans())
                .isEqualTo("[personne], Keitala ; [personne] ; [personne] ; Bana TOUREs ; toure");
    }

    @Test
    void aPartNoTextHoldsIsRefused() {
        assertThatThrownBy(() -> partnership("Coordinateur : Keitala", List.of(), "OUI", List.of(), List.of(),
                List.of("Keita")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("personal part \"Keita\" occurs in none of the partnership's texts; give it exactly as "
                        + "the text writes it");
        assertThatThrownBy(() -> partnership("Daouda Camara", List.of(), "OUI", List.of(), List.of(),
                List.of("Daouda\nCamara")))
                .hasMessage("personal part \"Daouda Camara\" must be one line of text without spaces around it");
        assertThatThrownBy(() -> partnership("Daouda Camara", List.of(), "OUI", List.of(), List.of(),
                List.of(" Camara")))
                .hasMessageContaining("must be one line of text without spaces around it");
    }

    @Test
    void anApplicationMarksThePersonsItsFormsName() {
        Partnership p = partnership("Coordinateur : Daouda Camara", List.of(), "OUI", List.of(), List.of(), List.of());
        Partnership marked = p.withPersonalParts(List.of("Daouda Camara"));
        assertThat(marked.personalParts()).containsExactly("Daouda Camara");
        assertThat(marked.withoutContacts().localMeans()).isEqualTo("Coordinateur : [personne]");
        assertThat(marked.withoutContacts().perspectives()).isEqualTo("Visite de [personne] en 2014");
        assertThatThrownBy(() -> p.withPersonalParts(List.of("Camara Daouda")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPartnershipWithNothingPersonalStaysAsItIs() {
        Partnership p = partnership("Coordinateur malien", List.of(action("Forage", "")), "OUI", List.of(),
                List.of(), List.of());
        assertThat(p.withoutContacts()).isSameAs(p);
    }

    /** A contact whose name is blank names nobody in the texts, but its raw answer is personal data all the same. */
    @Test
    void aContactWithoutANameIsLeftOutToo() {
        Contact unnamed = new Contact(ContactSide.FRANCE, "", "", "06 12 34 56 78, mairie");
        Partnership p = partnership("Un coordinateur", List.of(action("Forage", "")), "Oui", List.of(),
                List.of(unnamed), List.of());

        Partnership published = p.withoutContacts();

        assertThat(published.contacts()).isEmpty();
        assertThat(published.localMeans()).isEqualTo(p.localMeans());
        assertThat(published.actions()).isEqualTo(p.actions());
        Partnership none = partnership("Un coordinateur", List.of(), "Oui", List.of(), List.of(), List.of());
        assertThat(none.withoutContacts()).isSameAs(none);
    }
}
