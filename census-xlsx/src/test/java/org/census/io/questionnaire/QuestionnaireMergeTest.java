package org.census.io.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.census.bundled.BundledCensus;
import org.census.model.Census;
import org.census.model.Partnership;
import org.census.text.DateText;
import org.census.text.PartyText;
import org.junit.jupiter.api.Test;

/** Imported questionnaires merged into a census: per partnership, the newest update date wins (issue 14, point 4). */
class QuestionnaireMergeTest {
    private static final Census BUNDLED = BundledCensus.load();

    /** The partnership as a questionnaire would bring it back: another id, update date and perspectives. */
    private static Partnership answered(Partnership p, String id, String updated, String perspectives) {
        return new Partnership(id, Optional.empty(), "", p.regions(), DateText.parse(updated), p.frenchParties(),
                p.partnerParties(), List.of(), p.contacts(), p.formalisation(), p.governingDocument(),
                p.annualBudget(), p.continuation(), p.budgetTrend(), p.localMeans(), p.actions(), perspectives,
                p.notes(), p.personalParts());
    }

    private static MergeResult merge(Partnership... imported) {
        return QuestionnaireMerge.into(BUNDLED, new Census(BUNDLED.edition(), List.of(imported), Optional.empty(),
                List.of()));
    }

    @Test
    void aNewerQuestionnaireReplacesAndKeepsWhatNoQuestionnaireHolds() {
        Partnership konko = BUNDLED.partnership("thionville-kenieba-konko").orElseThrow();
        MergeResult r = merge(answered(konko, konko.id(), "02/01/2014", "Nouvelles perspectives"));
        Partnership merged = r.census().partnerships().get(BUNDLED.partnerships().indexOf(konko));
        assertThat(merged.perspectives()).isEqualTo("Nouvelles perspectives");
        assertThat(merged.updated().raw()).isEqualTo("02/01/2014");
        assertThat(merged.sameAs()).contains("thionville-gao");
        assertThat(merged.sourceSection()).isEqualTo(konko.sourceSection());
        assertThat(r.census().partnerships()).hasSameSizeAs(BUNDLED.partnerships());
        assertThat(r.changes()).singleElement().hasToString("remplacé : thionville-kenieba-konko (fiche plus récente"
                + " : 02/01/2014 contre 30/09/2013)");
    }

    @Test
    void anOlderOrSameDayQuestionnaireIsKept() {
        Partnership konko = BUNDLED.partnership("thionville-kenieba-konko").orElseThrow();
        MergeResult older = merge(answered(konko, konko.id(), "01/02/2013", "Anciennes"));
        MergeResult sameDay = merge(answered(konko, konko.id(), "30/09/2013", "Même jour"));
        assertThat(older.census()).isEqualTo(BUNDLED);
        assertThat(sameDay.census()).isEqualTo(BUNDLED);
        assertThat(older.changes()).singleElement().hasToString("gardé : thionville-kenieba-konko (fiche qui n'est "
                + "pas plus récente : 01/02/2013 contre 30/09/2013)");
        assertThat(sameDay.changes()).singleElement().hasToString("gardé : thionville-kenieba-konko (fiche qui n'est "
                + "pas plus récente : 30/09/2013 contre 30/09/2013)");
    }

    @Test
    void aBlankFormIsRecognisedByItsPartiesAndTakesTheCensussId() {
        Partnership kayes = BUNDLED.partnership("ile-de-france-kayes").orElseThrow();
        MergeResult r = merge(answered(kayes, "conseil-regional-ile-de-france-kayes", "05/05/2014", "Neuves"));
        assertThat(r.changes()).singleElement().satisfies(c -> {
            assertThat(c.partnershipId()).isEqualTo("ile-de-france-kayes");
            assertThat(c.outcome()).isEqualTo(MergeChange.Outcome.REPLACED);
        });
        assertThat(r.census().partnership("ile-de-france-kayes").orElseThrow().perspectives()).isEqualTo("Neuves");
        assertThat(r.census().partnerships()).hasSameSizeAs(BUNDLED.partnerships());
    }

    @Test
    void aPartnershipTheCensusLacksIsAddedAtTheEnd() {
        Partnership kayes = BUNDLED.partnership("ile-de-france-kayes").orElseThrow();
        Partnership other = answered(kayes, "tours-kita", "05/05/2014", "");
        Partnership tours = new Partnership(other.id(), Optional.empty(), "", List.of("Kayes"), other.updated(),
                PartyText.french("Ville de Tours"), PartyText.partner("Commune de Kita"),
                List.of(), List.of(), other.formalisation(), other.governingDocument(), other.annualBudget(),
                other.continuation(), other.budgetTrend(), "", List.of(), "", List.of());
        MergeResult r = merge(tours);
        assertThat(r.census().partnerships()).hasSize(BUNDLED.partnerships().size() + 1).last().isEqualTo(tours);
        assertThat(r.changes()).singleElement().hasToString("ajouté : tours-kita (mise à jour 05/05/2014)");
    }

    /** Two forms of the census with the same parties (one repeats the other): without an id, nothing is guessed. */
    @Test
    void aQuestionnaireThatCouldBeTwoPartnershipsChangesNothing() {
        Partnership gao = BUNDLED.partnership("thionville-gao").orElseThrow();
        MergeResult r = merge(answered(gao, "sans-identifiant", "05/05/2014", "Neuves"));
        assertThat(r.census()).isEqualTo(BUNDLED);
        assertThat(r.changes()).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(MergeChange.Outcome.KEPT);
            assertThat(c.detail()).contains("thionville-gao, thionville-kenieba-konko")
                    .contains("indiquez l'identifiant");
        });
    }
}
