package org.census.model;

import java.util.Locale;

import org.census.text.Label;

/**
 * What kind of body a party is, in terms that fit any country: a French "commune" and a Malian "commune rurale" are
 * both municipalities; a French "département" and a Malian "cercle" are both at the intermediate level.
 */
public enum AuthorityKind {
    /** Commune, ville, mairie. */
    MUNICIPALITY("Commune", "Municipality"),
    /** Communauté d'agglomération or de communes, métropole. */
    INTERMUNICIPALITY("Intercommunalité", "Intermunicipality"),
    /** Intermediate level: département (conseil général), cercle. */
    DEPARTMENT("Département", "Département"),
    /** Région (conseil régional), the district of a capital. */
    REGION("Région", "Region"),
    /** A village or other sub-municipal community. */
    VILLAGE("Village", "Village"),
    /** Syndicat, syndicat inter-collectivités. */
    SYNDICATE("Syndicat", "Syndicate"),
    /** Association, twinning committee, collective. */
    ASSOCIATION("Association, comité de jumelage", "Association, twinning committee"),
    /** A network of partners. */
    NETWORK("Réseau", "Network"),
    OTHER("Autre", "Other");

    private final Label label;

    AuthorityKind(String fr, String en) {
        this.label = new Label(fr, en);
    }

    /** The kind in words, for tables and charts: in French ("fr") or English (any other language). */
    public String label(Locale locale) {
        return label.in(locale);
    }
}
