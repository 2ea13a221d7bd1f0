package org.census;

/** The one unchecked root of every failure the census library reports. */
public class CensusException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CensusException(String message) {
        super(message);
    }

    public CensusException(String message, Throwable cause) {
        super(message, cause);
    }
}
