package org.census.io.questionnaire;

import java.util.List;

/** The questionnaire workbook: its sheets, the labels of the form's fields, the choices of the drop-down lists. */
final class QuestionnaireLayout {
    private QuestionnaireLayout() {
    }

    static final String FORM = "Fiche";
    static final String ACTIONS = "Actions";
    static final String LISTS = "Listes";

    /** Says what to do on a blank form (nothing: the import makes the id) and on a pre-filled one (keep it). */
    static final String ID = "Identifiant (vide sur une fiche vierge ; ne pas modifier s'il est rempli)";
    /**
     * Labels of earlier questionnaires, still read: forms already mailed out come back with them. Each maps to the
     * label of today.
     */
    static final java.util.Map<String, String> FORMER_LABELS = java.util.Map.of("Identifiant (laisser vide)", ID);
    static final String REGION = "Région du partenaire";
    static final String UPDATED = "Date de mise à jour";
    static final String FRENCH = "Collectivité française";
    static final String PARTNER = "Collectivité partenaire";
    static final String CONTACT_FR = "Contact en France";
    static final String CONTACT_PARTNER = "Contact chez le partenaire";
    static final String FORMALISATION = "Date de formalisation";
    static final String DOCUMENT = "Document de coopération";
    static final String BUDGET = "Budget annuel";
    static final String CONTINUATION = "Poursuite depuis la crise";
    static final String TREND = "Évolution du budget";
    static final String MEANS = "Moyens locaux";
    static final String PERSPECTIVES = "Perspectives";
    /** The partnership's notes (Partnership#notes), one a line: what the census says of its own reading. */
    static final String NOTES = "Remarques (une par ligne)";
    /**
     * The persons the answers name, one per line, as written there (Partnership#personalParts): what a publication
     * leaves out, the label says so to the person filling in the form.
     */
    static final String PERSONS = "Personnes nommées dans les réponses (non publiées)";

    static final List<String> FIELDS = List.of(ID, REGION, UPDATED, FRENCH, PARTNER, CONTACT_FR, CONTACT_PARTNER,
            FORMALISATION, DOCUMENT, BUDGET, CONTINUATION, TREND, MEANS, PERSPECTIVES, NOTES, PERSONS);

    static final List<String> CONTINUATIONS = List.of("Oui", "Non", "Reprise", "Oui, partiellement");
    static final List<String> TRENDS = List.of("Maintien", "Augmentation", "Diminution");

    static final List<String> ACTION_HEADERS = List.of("N°", "Domaine", "Description", "Période", "Budget",
            "Note");
    static final int ACTION_ROWS = 60;
    /** The row of the first field on the form (0-based): instructions stand above. */
    static final int FIRST_FIELD_ROW = 6;
}
