package org.census.text;

/** What a governing document says of its renewal. */
public enum Renewal {
    PLANNED, NOT_PLANNED, NOT_STATED
}
