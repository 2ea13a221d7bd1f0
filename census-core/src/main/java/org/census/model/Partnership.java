package org.census.model;

import org.census.CensusLimits;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.census.internal.Messages;
import org.census.text.BudgetTrend;
import org.census.text.Continuation;
import org.census.text.DateText;
import org.census.text.GoverningDocument;
import org.census.text.MoneyText;

/**
 * One form ("fiche") of a census: a partnership between authorities of France and of the partner country.
 *
 * @param id                  stable identifier, unique in the census
 * @param sameAs              the id of an earlier form describing the same partnership (listed under two regions)
 * @param sourceSection       the heading the form stands under in the source
 * @param regions             the partner country's first-level regions the form covers
 * @param updated             the date(s) the form was last updated
 * @param frenchParties       French bodies, with their role
 * @param partnerParties      bodies of the partner country
 * @param thirdCountryParties bodies of other countries
 * @param contacts            contact persons (personal data)
 * @param formalisation       when the partnership was formalised
 * @param governingDocument   the document that governs it
 * @param annualBudget        its annual budget
 * @param continuation        whether it continued after the crisis reference date
 * @param budgetTrend         which way its budget moved in the census year
 * @param localMeans          means on the spot (coordinator, partners)
 * @param actions             the table of actions
 * @param perspectives        the outlook
 * @param notes               transcription notes: ambiguities of the source and what was done about them
 * @param personalParts       personal data inside the other texts: each part of a text that identifies a person (a
 *                            name as written, with its civility: "M. Oumar BATHILY"; an e-mail address), exactly as
 *                            it occurs; left out with the contacts, see {@link #withoutContacts()}
 */
public record Partnership(String id, Optional<String> sameAs, String sourceSection, List<String> regions,
                          DateText updated, List<Party> frenchParties, List<Party> partnerParties,
                          List<Party> thirdCountryParties, List<Contact> contacts, DateText formalisation,
                          GoverningDocument governingDocument, MoneyText annualBudget, Continuation continuation,
                          BudgetTrend budgetTrend, String localMeans, List<Action> actions, String perspectives,
                          List<String> notes, List<String> personalParts) {
    /**
     * What {@link #withoutContacts()} writes in place of a personal part or a contact's name. French, like the texts
     * of the censuses so far; it says that a person was named there.
     */
    public static final String PERSON_WITHHELD = "[personne]";

    public Partnership {
        CensusLimits.requireText(Objects.requireNonNull(id, "id"), "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a partnership needs an id");
        }
        Objects.requireNonNull(sameAs, "sameAs").ifPresent(s -> CensusLimits.requireText(s, "sameAs"));
        CensusLimits.requireText(Objects.requireNonNull(sourceSection, "sourceSection"), "sourceSection");
        regions = CensusLimits.requireList(regions, "regions");
        CensusLimits.requireText(Objects.requireNonNull(updated, "updated").raw(), "updated");
        frenchParties = CensusLimits.requireCount(frenchParties, CensusLimits.MAX_LIST_LENGTH, "frenchParties");
        partnerParties = CensusLimits.requireCount(partnerParties, CensusLimits.MAX_LIST_LENGTH, "partnerParties");
        thirdCountryParties = CensusLimits.requireCount(thirdCountryParties, CensusLimits.MAX_LIST_LENGTH,
                "thirdCountryParties");
        contacts = CensusLimits.requireCount(contacts, CensusLimits.MAX_LIST_LENGTH, "contacts");
        CensusLimits.requireText(Objects.requireNonNull(formalisation, "formalisation").raw(), "formalisation");
        CensusLimits.requireText(Objects.requireNonNull(governingDocument, "governingDocument").raw(),
                "governingDocument");
        CensusLimits.requireText(Objects.requireNonNull(annualBudget, "annualBudget").raw(), "annualBudget");
        CensusLimits.requireText(Objects.requireNonNull(continuation, "continuation").raw(), "continuation");
        CensusLimits.requireText(Objects.requireNonNull(budgetTrend, "budgetTrend").raw(), "budgetTrend");
        CensusLimits.requireText(Objects.requireNonNull(localMeans, "localMeans"), "localMeans");
        actions = CensusLimits.requireCount(actions, CensusLimits.MAX_ACTIONS_PER_PARTNERSHIP, "actions");
        CensusLimits.requireText(Objects.requireNonNull(perspectives, "perspectives"), "perspectives");
        notes = CensusLimits.requireList(notes, "notes");
        personalParts = CensusLimits.requireList(personalParts, "personalParts");
        RecordSize size = new RecordSize().add(id).add(sourceSection).addAll(regions).add(updated.raw())
                .add(formalisation.raw()).add(governingDocument.raw()).add(annualBudget.raw()).add(continuation.raw())
                .add(budgetTrend.raw()).add(localMeans).add(perspectives).addAll(notes).addAll(personalParts);
        sameAs.ifPresent(size::add);
        Stream.of(frenchParties, partnerParties, thirdCountryParties).flatMap(List::stream).forEach(size::party);
        contacts.forEach(size::contact);
        actions.forEach(size::action);
        size.require("partnership " + Messages.cut(id, 80));
        if (!personalParts.isEmpty()) {
            PersonalTexts.check(personalParts, PersonalTexts.texts(formalisation, governingDocument, annualBudget,
                    continuation, budgetTrend, localMeans, actions, perspectives, notes).toList(), "partnership");
        }
    }

    /** A partnership whose texts hold no personal part (none marked, that is). */
    public Partnership(String id, Optional<String> sameAs, String sourceSection, List<String> regions,
                       DateText updated, List<Party> frenchParties, List<Party> partnerParties,
                       List<Party> thirdCountryParties, List<Contact> contacts, DateText formalisation,
                       GoverningDocument governingDocument, MoneyText annualBudget, Continuation continuation,
                       BudgetTrend budgetTrend, String localMeans, List<Action> actions, String perspectives,
                       List<String> notes) {
        this(id, sameAs, sourceSection, regions, updated, frenchParties, partnerParties, thirdCountryParties,
                contacts, formalisation, governingDocument, annualBudget, continuation, budgetTrend, localMeans,
                actions, perspectives, notes, List.of());
    }

    /** The update dates given to the day. */
    public List<LocalDate> updateDates() {
        return updated.days();
    }

    /** The first day the form is known to have been filled in. */
    public Optional<LocalDate> firstUpdate() {
        return updated.earliest();
    }

    /** True when this form repeats a partnership described by an earlier one. */
    public boolean isRepeat() {
        return sameAs.isPresent();
    }

    /** The parties in partnership (role PARTY) of France, then of the partner country, then of third countries. */
    public Stream<Party> parties() {
        return Stream.of(frenchParties, partnerParties, thirdCountryParties).flatMap(List::stream);
    }

    /**
     * The same partnership with these parts of its texts marked as personal data, in place of those it had: how an
     * application that builds a census from its own forms marks the persons they name
     * ({@code p.withPersonalParts(List.of("M. Oumar BATHILY"))}).
     *
     * @throws IllegalArgumentException if a part is not one line, or occurs whole in none of the texts searched
     */
    public Partnership withPersonalParts(List<String> parts) {
        return new Partnership(id, sameAs, sourceSection, regions, updated, frenchParties, partnerParties,
                thirdCountryParties, contacts, formalisation, governingDocument, annualBudget, continuation,
                budgetTrend, localMeans, actions, perspectives, notes, parts);
    }

    /**
     * The same partnership without personal data, as it may be published: no contact persons, and in its texts each
     * personal part and each contact's name replaced with {@link #PERSON_WITHHELD}. A text that changes has its
     * parsed value read again from the new text, as every reader does. The texts searched are the free answers of
     * the form and the notes: formalisation, governing document, annual budget, continuation, budget trend, local
     * means, perspectives, notes, and each action's domain, description, period, budget and note; not the names of
     * bodies, regions and headings.
     */
    public Partnership withoutContacts() {
        return PersonalTexts.of(this).withheld(this);
    }
}
