package org.census.io.xlsx;

import java.util.List;

/**
 * The "tables" layout of a census workbook: one sheet per kind of record, one row per record under a header row.
 * Columns marked derived repeat a parsed value beside its raw text for people and other tools; the reader ignores
 * them and parses the raw text again, the authority. Columns are found by their header, so a person may reorder
 * them or add their own.
 */
final class TablesLayout {
    private TablesLayout() {
    }

    enum Kind { TEXT, LIST, DATE, EURO, NUMBER, BOOLEAN }

    /** A column; an optional one is read where a workbook has it (a column added since earlier workbooks). */
    record Column(String header, double width, Kind kind, boolean derived, boolean optional) {
        Column(String header, double width, Kind kind, boolean derived) {
            this(header, width, kind, derived, false);
        }

        static Column text(String header, double width) {
            return new Column(header, width, Kind.TEXT, false);
        }

        static Column list(String header, double width) {
            return new Column(header, width, Kind.LIST, false);
        }

        static Column derived(String header, double width, Kind kind) {
            return new Column(header, width, kind, true);
        }

        static Column optionalList(String header, double width) {
            return new Column(header, width, Kind.LIST, false, true);
        }
    }

    record Sheet(String name, List<Column> columns) {
        int index(String header) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).header().equals(header)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(header);
        }
    }

    static final String OVERVIEW = "Synthèse";
    static final String PARTNERSHIP_ID = "Partenariat";
    /** The partnerships' personal parts (Partnership#personalParts), one per line. */
    static final String PERSONAL_PARTS = "Données personnelles";

    static final Sheet PARTNERSHIPS = new Sheet("Partenariats", List.of(
            Column.text("Identifiant", 14),
            Column.text("Identique à", 12),
            Column.text("Section", 24),
            Column.list("Régions", 16),
            Column.text("Mise à jour", 16),
            Column.derived("Mise à jour (première date)", 14, Kind.DATE),
            Column.text("Formalisation", 22),
            Column.derived("Année de début", 10, Kind.NUMBER),
            Column.text("Document", 28),
            Column.text("Budget annuel", 22),
            Column.derived("Budget annuel min (€)", 14, Kind.EURO),
            Column.derived("Budget annuel max (€)", 14, Kind.EURO),
            Column.text("Poursuite depuis la crise", 24),
            Column.derived("Poursuite (statut)", 12, Kind.TEXT),
            Column.text("Évolution du budget", 24),
            Column.derived("Évolution (sens)", 12, Kind.TEXT),
            Column.text("Moyens locaux", 30),
            Column.text("Perspectives", 40),
            Column.list("Notes", 30),
            // Personal data: empty in a workbook written without the contacts (Partnership#withoutContacts).
            Column.optionalList(TablesLayout.PERSONAL_PARTS, 24)));

    static final Sheet PARTIES = new Sheet("Parties", List.of(
            Column.text(PARTNERSHIP_ID, 14),
            Column.text("Liste", 14),
            Column.text("Nom", 34),
            Column.text("Texte d'origine", 34),
            Column.text("Type", 18),
            Column.text("Rôle", 18),
            Column.list("Niveaux", 12),
            Column.list("Lieux", 18),
            Column.text("Pays", 6)));

    static final Sheet CONTACTS = new Sheet("Contacts", List.of(
            Column.text(PARTNERSHIP_ID, 14),
            Column.text("Côté", 10),
            Column.text("Nom", 26),
            Column.text("Fonction", 34),
            Column.text("Texte d'origine", 40)));

    static final Sheet ACTIONS = new Sheet("Actions", List.of(
            Column.text(PARTNERSHIP_ID, 14),
            Column.text("N°", 5),
            Column.text("Domaine", 24),
            Column.derived("Catégorie", 24, Kind.TEXT),
            new Column("Domaine de la ligne au-dessus", 10, Kind.BOOLEAN, false),
            Column.text("Description", 60),
            Column.text("Période", 18),
            Column.derived("Début", 11, Kind.DATE),
            Column.derived("Fin", 11, Kind.DATE),
            Column.text("Budget", 20),
            Column.derived("Budget min (€)", 13, Kind.EURO),
            Column.derived("Budget max (€)", 13, Kind.EURO),
            Column.text("Note", 24)));

    /** The number column keeps a donor with no name and no amount from being an empty row, which readers skip. */
    static final Sheet DONORS = new Sheet("Donateurs", List.of(
            Column.derived("N°", 5, Kind.NUMBER),
            Column.text("Donateur", 50),
            Column.text("Montant", 18),
            Column.derived("Montant (€)", 14, Kind.EURO)));

    static final Sheet STATED = new Sheet("Chiffres publiés", List.of(
            Column.text("Chiffre", 22),
            new Column("Valeur", 14, Kind.NUMBER, false),
            Column.text("Texte", 80)));

    /** Key and value rows: the edition, then the solidarity fund. A row is present when its value is. */
    static final Sheet EDITION = new Sheet("Édition", List.of(
            Column.text("Champ", 30),
            Column.text("Valeur", 70)));

    /**
     * The edition's own texts ({@code EditionTexts}), one row per block, announced partnership or personal part, each
     * part's rows in their order. Written only for an edition that has texts; a workbook without the sheet has none.
     * Type is a block's kind as the JSON format writes it ("paragraph"); Région and Après belong to the announced
     * partnerships.
     */
    static final Sheet TEXTS = new Sheet("Textes de l'édition", List.of(
            Column.text("Partie", 20),
            Column.text("Type", 11),
            Column.text("Texte", 90),
            Column.text("Région", 14),
            Column.text("Après", 24)));

    /** The parts of the edition's texts, as the Partie column names them. */
    enum TextPart {
        TITLE_PAGE("Page de titre"), FOREWORD("Avant-propos"), OVERVIEW("Aperçu général"), NOTA_BENE("Nota bene"),
        ANNOUNCED("À venir"), CREDITS("Réalisation"),
        /** Personal data: not written without the contacts, as the credits. */
        PERSONAL_PARTS("Données personnelles");

        final String label;

        TextPart(String label) {
            this.label = label;
        }

        static java.util.Optional<TextPart> named(String label) {
            return java.util.Arrays.stream(values()).filter(p -> p.label.equals(label)).findFirst();
        }

        static List<String> labels() {
            return java.util.Arrays.stream(values()).map(p -> p.label).toList();
        }
    }

    static final String ID = "Identifiant";
    static final String TITLE = "Titre";
    static final String SUBTITLE = "Sous-titre";
    static final String PUBLISHER = "Éditeur";
    static final String COUNTRY = "Pays partenaire (ISO 3166)";
    static final String LANGUAGE = "Langue (ISO 639)";
    static final String EDITION_DATE = "Date de l'édition";
    static final String SURVEY = "Période d'enquête";
    static final String CRISIS = "Date de référence de la crise";
    static final String URL = "Source (adresse)";
    static final String SOURCE_LINE = "Mention de la source";
    static final String REGIONS = "Régions";
    static final String PUBLISHER_ORG_ID = "Identifiant IATI de l'éditeur";
    static final String FUND = "Fonds de solidarité";
    static final String FUND_AS_OF = "Fonds de solidarité : liste au";
    static final String FUND_TOTAL = "Fonds de solidarité : total imprimé (€)";

    /** The list a party belongs to, as the Liste column says it. */
    static final String FRENCH = "France";
    static final String PARTNER = "Pays partenaire";
    static final String THIRD = "Pays tiers";
}
