package org.census.model;

/**
 * What kind of body a party is, in terms that fit any country: a French "commune" and a Malian "commune rurale" are
 * both municipalities; a French "département" and a Malian "cercle" are both at the intermediate level.
 */
public enum AuthorityKind {
    /** Commune, ville, mairie. */
    MUNICIPALITY,
    /** Communauté d'agglomération or de communes, métropole. */
    INTERMUNICIPALITY,
    /** Intermediate level: département (conseil général), cercle. */
    DEPARTMENT,
    /** Région (conseil régional), the district of a capital. */
    REGION,
    /** A village or other sub-municipal community. */
    VILLAGE,
    /** Syndicat, syndicat inter-collectivités. */
    SYNDICATE,
    /** Association, twinning committee, collective. */
    ASSOCIATION,
    /** A network of partners. */
    NETWORK,
    OTHER
}
