package org.census;
import org.census.internal.Messages;

import java.util.Objects;

/**
 * Input that cannot be read as a census. Where the problem is comes as data ({@link #source()},
 * {@link #location()}) and in the message: one line that names the file, the place inside it (a JSON pointer, or
 * sheet/row/column) and what is wrong, so that a command-line tool can print it as is.
 */
public class CensusFormatException extends CensusException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient Location location;
    private final String problem;

    public CensusFormatException(String source, Location location, String problem) {
        this(source, location, problem, null);
    }

    public CensusFormatException(String source, Location location, String problem, Throwable cause) {
        super(format(source, location, problem), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.location = Objects.requireNonNull(location, "location");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** A problem with the input as a whole (not a place in it): it is not a workbook, it cannot be read. */
    public CensusFormatException(String source, String problem, Throwable cause) {
        this(source, Location.NONE, problem, cause);
    }

    private static String format(String source, Location location, String problem) {
        String where = location.isNone() ? "" : location + ": ";
        return Messages.oneLine(source + ": " + where + problem);
    }

    /** The file name or other description of the input, e.g. {@code census.json} or {@code <stdin>}. */
    public String source() {
        return source;
    }

    /** Where in the input: a JSON pointer such as {@code /partnerships/3/actions/0}, a sheet, row or cell. */
    public Location location() {
        return location;
    }

    /** What is wrong, and the fix where it is known. */
    public String problem() {
        return problem;
    }

    /** The same problem, attributed to another source (e.g. a file name once the caller knows it). */
    public CensusFormatException withSource(String newSource) {
        return new CensusFormatException(newSource, location, problem, getCause());
    }
}
