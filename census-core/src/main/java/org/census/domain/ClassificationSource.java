package org.census.domain;

/** Which text an action's category was read from. */
public enum ClassificationSource {
    /** The "Domaines d'intervention" cell. */
    DOMAIN_CELL,
    /** The description of the action, the domain cell being empty or unrecognised. */
    DESCRIPTION,
    /** Nothing recognised. */
    NONE
}
