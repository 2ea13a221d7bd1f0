package org.census.io.questionnaire;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.census.internal.FrenchText;
import org.census.model.Census;
import org.census.model.Partnership;
import org.census.model.Party;

/**
 * Merges imported questionnaires ({@link QuestionnaireImport}) into an existing census, as two questionnaires of one
 * partnership are merged: per partnership the newest update date wins. A questionnaire's partnership is the census's
 * one with its id, else the only one with the same parties on both sides (a blank form has no id); a tie on the date
 * keeps the census's, so merging an untouched pre-filled questionnaire changes nothing.
 */
public final class QuestionnaireMerge {
    private QuestionnaireMerge() {
    }

    /**
     * Merges imported partnerships into a census.
     *
     * @param census   the census merged into
     * @param imported the partnerships of the questionnaires, as {@link QuestionnaireImport#run} gives them
     * @return the census with the imported partnerships merged in (its edition, fund and stated figures kept), and a
     *         line per imported partnership
     */
    public static MergeResult into(Census census, Census imported) {
        List<Partnership> merged = new ArrayList<>(census.partnerships());
        List<MergeChange> changes = new ArrayList<>();
        for (Partnership q : imported.partnerships()) {
            List<Integer> same = same(merged, q);
            if (same.isEmpty()) {
                merged.add(q);
                changes.add(new MergeChange(q.id(), MergeChange.Outcome.ADDED, "mise à jour " + date(q)));
                continue;
            }
            if (same.size() > 1) {
                changes.add(new MergeChange(q.id(), MergeChange.Outcome.KEPT, "les collectivités sont celles de "
                        + same.stream().map(i -> merged.get(i).id()).collect(Collectors.joining(", "))
                        + " ; indiquez l'identifiant dans la fiche"));
                continue;
            }
            int at = same.get(0);
            Partnership had = merged.get(at);
            String dates = date(q) + " contre " + date(had);
            if (latest(q).isAfter(latest(had))) {
                merged.set(at, carried(had, q));
                changes.add(new MergeChange(had.id(), MergeChange.Outcome.REPLACED, "fiche plus récente : " + dates));
            } else {
                changes.add(new MergeChange(had.id(), MergeChange.Outcome.KEPT, "fiche qui n'est pas plus récente : "
                        + dates));
            }
        }
        return new MergeResult(new Census(census.edition(), merged, census.solidarityFund(),
                census.statedFigures()), changes);
    }

    /** The indexes of the census's partnerships the questionnaire is about: by id, else by parties. */
    private static List<Integer> same(List<Partnership> partnerships, Partnership q) {
        List<Integer> byParties = new ArrayList<>();
        for (int i = 0; i < partnerships.size(); i++) {
            Partnership p = partnerships.get(i);
            if (p.id().equals(q.id())) {
                return List.of(i);
            }
            if (sameParties(p, q)) {
                byParties.add(i);
            }
        }
        return byParties;
    }

    /** The same parties on both sides, by their names or by the words of the form, folded. */
    private static boolean sameParties(Partnership p, Partnership q) {
        return names(p.frenchParties(), Party::name).equals(names(q.frenchParties(), Party::name))
                && names(p.partnerParties(), Party::name).equals(names(q.partnerParties(), Party::name))
                || names(p.frenchParties(), Party::raw).equals(names(q.frenchParties(), Party::raw))
                && names(p.partnerParties(), Party::raw).equals(names(q.partnerParties(), Party::raw));
    }

    private static Set<String> names(List<Party> parties, java.util.function.Function<Party, String> words) {
        return parties.stream().map(words).map(FrenchText::fold).collect(Collectors.toSet());
    }

    /**
     * The questionnaire's partnership under the census's id, with what a questionnaire does not hold taken from the
     * census: the form it repeats, the source's section, the parties of a third country.
     */
    private static Partnership carried(Partnership had, Partnership q) {
        return new Partnership(had.id(), had.sameAs(), had.sourceSection(), q.regions(), q.updated(),
                q.frenchParties(), q.partnerParties(), had.thirdCountryParties(), q.contacts(), q.formalisation(),
                q.governingDocument(), q.annualBudget(), q.continuation(), q.budgetTrend(), q.localMeans(),
                q.actions(), q.perspectives(), q.notes(), q.personalParts());
    }

    /** The last update date; a partnership without one is older than any with one. */
    private static LocalDate latest(Partnership p) {
        return p.updated().latest().orElse(LocalDate.MIN);
    }

    private static String date(Partnership p) {
        Optional<LocalDate> d = p.updated().latest();
        return d.map(org.census.io.xlsx.internal.NumberText::dayMonthYear).orElse("sans date");
    }
}
