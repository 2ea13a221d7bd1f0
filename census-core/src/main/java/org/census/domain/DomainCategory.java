package org.census.domain;

import java.util.Locale;
import java.util.Optional;

import org.census.text.Label;

/**
 * The intervention domains of decentralised cooperation, each with its OECD DAC purpose code (CRS) where one fits,
 * and labels in French and English. {@link #UNCLASSIFIED} keeps what no rule recognised visible as such.
 */
public enum DomainCategory {
    HEALTH(12220, "Santé", "Health"),
    EDUCATION(11220, "Éducation", "Education"),
    VOCATIONAL_TRAINING(11330, "Formation professionnelle", "Vocational training"),
    WATER_SANITATION(14030, "Eau et assainissement", "Water and sanitation"),
    FOOD_SECURITY(43072, "Sécurité alimentaire", "Food security"),
    EMERGENCY_FOOD_AID(72040, "Aide alimentaire d'urgence", "Emergency food aid"),
    HUMANITARIAN_AID(72010, "Aide d'urgence, déplacés et réfugiés", "Emergency aid, displaced people and refugees"),
    AGRICULTURE(31120, "Agriculture et élevage", "Agriculture and livestock"),
    INSTITUTIONAL_SUPPORT(15112, "Appui institutionnel et décentralisation",
            "Institutional support and decentralisation"),
    PEACEBUILDING(15220, "Paix, réconciliation et citoyenneté", "Peace, reconciliation and citizenship"),
    CULTURE(16061, "Culture, loisirs et sport", "Culture, recreation and sport"),
    ECONOMIC_DEVELOPMENT(25030, "Développement économique et micro-crédit",
            "Economic development and micro-credit"),
    TOURISM(33210, "Tourisme", "Tourism"),
    YOUTH(11230, "Jeunesse", "Youth"),
    WOMEN(15170, "Associations et droits des femmes", "Women's associations and rights"),
    DIGITAL(22040, "Numérique", "Digital"),
    ENVIRONMENT(41010, "Environnement et énergie", "Environment and energy"),
    URBAN_SERVICES_WASTE(14050, "Propreté urbaine et déchets", "Urban services and waste"),
    URBAN_DEVELOPMENT(43030, "Urbanisme et équipements", "Urban development and facilities"),
    TRANSPORT(21020, "Désenclavement et transports", "Roads and transport"),
    PARTNER_RECEPTIONS(99810, "Accueil de partenaires et délégations", "Receptions of partners and delegations"),
    MISSIONS_EXCHANGES(99810, "Missions et échanges", "Missions and exchanges"),
    AWARENESS_IN_FRANCE(99820, "Sensibilisation et réunions publiques en France",
            "Awareness events and public meetings in France"),
    UNCLASSIFIED(0, "Non classé", "Unclassified");

    private final int dacCode;
    private final Label label;

    DomainCategory(int dacCode, String labelFr, String labelEn) {
        this.dacCode = dacCode;
        this.label = new Label(labelFr, labelEn);
    }

    /**
     * The OECD DAC (CRS) purpose code; 99810 "sectors not specified" for exchanges, which have none of their own,
     * 99820 "promotion of development awareness" for events in France, empty for {@link #UNCLASSIFIED}.
     */
    public Optional<Integer> dacCode() {
        return dacCode == 0 ? Optional.empty() : Optional.of(dacCode);
    }

    /** The label in French ("fr") or English (any other language). */
    public String label(Locale locale) {
        return label.in(locale);
    }

    public String labelFr() {
        return label.fr();
    }

    public String labelEn() {
        return label.en();
    }
}
