package org.census;
import org.census.internal.Messages;

import java.io.IOException;

/**
 * Reading or writing failed below the census: the disk, the stream, the network file system. The message is one
 * line naming what was being read or written, and the reason.
 *
 * <p>Plugins turn the {@link IOException}s of their streams into this exception with {@link #run} or {@link #call},
 * so that every failure of the library is a {@link CensusException}.
 */
public class CensusIOException extends CensusException {
    private static final long serialVersionUID = 1L;

    public CensusIOException(String message, IOException cause) {
        super(message, cause);
    }

    /** Input or output that failed without an exception to carry (a {@code PrintWriter}'s error flag). */
    public CensusIOException(String message) {
        super(message);
    }

    /** A step that may fail with an {@link IOException}. */
    @FunctionalInterface
    public interface IoStep {
        void run() throws IOException;
    }

    /** A step that may fail with an {@link IOException} and gives a value. */
    @FunctionalInterface
    public interface IoCall<T> {
        T call() throws IOException;
    }

    /**
     * Runs a step, its {@link IOException} becoming this exception.
     *
     * @param doing what the step does, for the message: {@code "cannot write the workbook"}
     */
    public static void run(String doing, IoStep step) {
        try {
            step.run();
        } catch (IOException e) {
            throw wrap(doing, e);
        }
    }

    /** Calls a step, its {@link IOException} becoming this exception; {@code doing} as for {@link #run}. */
    public static <T> T call(String doing, IoCall<T> step) {
        try {
            return step.call();
        } catch (IOException e) {
            throw wrap(doing, e);
        }
    }

    private static CensusIOException wrap(String doing, IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new CensusIOException(Messages.oneLine(doing + ": " + reason), e);
    }
}
