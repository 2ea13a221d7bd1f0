package org.census.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.census.internal.Messages;
import org.census.text.BudgetTrend;
import org.census.text.Continuation;
import org.census.text.DateText;
import org.census.text.GoverningDocument;
import org.census.text.MoneyText;

/**
 * The personal parts of a partnership's texts (those marked, and its contacts' names) and their removal. A part
 * matches where it occurs whole: not inside a longer word ("Keita" is not found in "Keitala"), letter case as
 * written.
 */
final class PersonalTexts {
    /** Longest first, so that "Bana TOURE" is withheld whole where "TOURE" is also a part. */
    private final List<String> parts;

    private PersonalTexts(List<String> parts) {
        this.parts = parts.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The partnership's marked personal parts and the names of its contacts. */
    static PersonalTexts of(Partnership p) {
        List<String> parts = new ArrayList<>(p.personalParts());
        for (Contact c : p.contacts()) {
            if (!c.name().isBlank()) {
                parts.add(c.name().strip());
            }
        }
        return new PersonalTexts(parts);
    }

    /** These parts (of an edition's texts). */
    static PersonalTexts of(List<String> parts) {
        return new PersonalTexts(parts);
    }

    /**
     * Each marked part is one line, stripped, and occurs in one of the texts {@link Partnership#withoutContacts()}
     * (or {@link EditionTexts#withoutContacts()}) searches: a part that occurs nowhere is a typo that would let the
     * name it meant through.
     *
     * @param owner whose texts they are, as the error says it ("partnership")
     */
    static void check(List<String> personalParts, List<String> texts, String owner) {
        for (String part : personalParts) {
            if (part.isBlank() || !part.equals(part.strip()) || part.indexOf('\n') >= 0 || part.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("personal part \"" + cut(part) + "\" must be one line of text "
                        + "without spaces around it");
            }
            PersonalTexts one = new PersonalTexts(List.of(part));
            if (texts.stream().noneMatch(t -> one.first(t, 0) != null)) {
                throw new IllegalArgumentException("personal part \"" + cut(part) + "\" occurs in none of the "
                        + owner + "'s texts; give it exactly as the text writes it");
            }
        }
    }

    /** The texts searched, in the order of the record (its components, as its constructor has them). */
    static Stream<String> texts(DateText formalisation, GoverningDocument governingDocument, MoneyText annualBudget,
                                Continuation continuation, BudgetTrend budgetTrend, String localMeans,
                                List<Action> actions, String perspectives, List<String> notes) {
        return Stream.concat(Stream.of(formalisation.raw(), governingDocument.raw(), annualBudget.raw(),
                        continuation.raw(), budgetTrend.raw(), localMeans, perspectives),
                Stream.concat(notes.stream(), actions.stream().flatMap(a -> Stream.of(a.domain().raw(),
                        a.description(), a.period().raw(), a.budget().raw(), a.note()))));
    }

    /** The partnership without contacts and with every part withheld; itself when there is nothing to remove. */
    Partnership withheld(Partnership p) {
        // A contact without a name still has its raw text (a telephone, an address) to remove.
        if (parts.isEmpty() && p.contacts().isEmpty()) {
            return p;
        }
        List<Action> actions = p.actions().stream().map(this::withheld).toList();
        return new Partnership(p.id(), p.sameAs(), p.sourceSection(), p.regions(), p.updated(), p.frenchParties(),
                p.partnerParties(), p.thirdCountryParties(), List.of(),
                reparsed(p.formalisation(), DateText::raw, DateText::parse),
                reparsed(p.governingDocument(), GoverningDocument::raw, GoverningDocument::parse),
                reparsed(p.annualBudget(), MoneyText::raw, MoneyText::parse),
                reparsed(p.continuation(), Continuation::raw, Continuation::parse),
                reparsed(p.budgetTrend(), BudgetTrend::raw, BudgetTrend::parse),
                withheld(p.localMeans()), actions, withheld(p.perspectives()),
                p.notes().stream().map(this::withheld).toList(), List.of());
    }

    private Action withheld(Action a) {
        String domain = withheld(a.domain().raw());
        String description = withheld(a.description());
        String period = withheld(a.period().raw());
        String budget = withheld(a.budget().raw());
        String note = withheld(a.note());
        if (domain.equals(a.domain().raw()) && description.equals(a.description())
                && period.equals(a.period().raw()) && budget.equals(a.budget().raw()) && note.equals(a.note())) {
            return a;
        }
        // Classified and parsed again from the new texts, as a reader of the published file will.
        return Action.of(a.number(), domain, a.domainFromRowAbove(), description, period, budget, note);
    }

    private <T> T reparsed(T value, Function<T, String> raw, Function<String, T> parse) {
        String before = raw.apply(value);
        String after = withheld(before);
        return after.equals(before) ? value : parse.apply(after);
    }

    /** The text with each part replaced by {@link Partnership#PERSON_WITHHELD}. */
    String withheld(String text) {
        StringBuilder out = null;
        int from = 0;
        for (Hit hit = first(text, from); hit != null; hit = first(text, from)) {
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, from, hit.at()).append(Partnership.PERSON_WITHHELD);
            from = hit.at() + hit.part().length();
        }
        return out == null ? text : out.append(text, from, text.length()).toString();
    }

    private record Hit(int at, String part) {
    }

    /** The first part that occurs whole in the text from an index (the longest of those found there), or null. */
    private Hit first(String text, int from) {
        Hit first = null;
        for (String part : parts) {
            int i = find(text, part, from);
            if (i >= 0 && (first == null || i < first.at())) {
                first = new Hit(i, part);
            }
        }
        return first;
    }

    private static int find(String text, String part, int from) {
        for (int i = text.indexOf(part, from); i >= 0; i = text.indexOf(part, i + 1)) {
            int end = i + part.length();
            boolean startsWhole = i == 0 || !joins(text.charAt(i - 1), part.charAt(0));
            boolean endsWhole = end == text.length() || !joins(part.charAt(part.length() - 1), text.charAt(end));
            if (startsWhole && endsWhole) {
                return i;
            }
        }
        return -1;
    }

    /** Two characters side by side make one word. */
    private static boolean joins(char a, char b) {
        return Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b);
    }

    private static String cut(String part) {
        return Messages.cut(Messages.oneLine(part), 41);
    }
}
