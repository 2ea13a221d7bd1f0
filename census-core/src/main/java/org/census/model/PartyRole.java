package org.census.model;

/** The part a body plays in a partnership. */
public enum PartyRole {
    /** A party to the partnership. */
    PARTY,
    /** Named alongside a party ("en partenariat avec l'association BINKAD"). */
    ASSOCIATED,
    /** Runs the projects for the parties ("Maître d'œuvre délégué : ARCADE"). */
    DELEGATED_MANAGER,
    /** Coordinates the partnership ("Coordinateur du partenariat : IRCOD"). */
    COORDINATOR
}
