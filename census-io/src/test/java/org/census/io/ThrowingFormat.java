package org.census.io;

/** A provider whose constructor fails: the registry must report it by name and load the others. */
public final class ThrowingFormat extends SecondJsonFormat {
    public ThrowingFormat() {
        throw new IllegalStateException("this provider is broken on purpose");
    }
}
