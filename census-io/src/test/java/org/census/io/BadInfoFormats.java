package org.census.io;

import org.census.io.spi.FormatInfo;

/** Providers that describe themselves wrongly: the registry must name each and load the others. */
final class BadInfoFormats {
    private BadInfoFormats() {
    }

    /** {@code info()} throws. */
    public static final class Throwing extends SecondJsonFormat {
        @Override
        public FormatInfo info() {
            throw new IllegalStateException("no description today");
        }
    }

    /** {@code info()} returns null. */
    public static final class Null extends SecondJsonFormat {
        @Override
        public FormatInfo info() {
            return null;
        }
    }
}
