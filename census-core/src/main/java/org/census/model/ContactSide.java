package org.census.model;

/** Which side of the partnership a contact person is on. */
public enum ContactSide {
    /** "En France". */
    FRANCE,
    /** In the partner country ("Au Mali"). */
    PARTNER
}
