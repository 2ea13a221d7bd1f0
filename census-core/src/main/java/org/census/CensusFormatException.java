package org.census;

import java.util.Objects;
import java.util.Optional;

/**
 * Input that cannot be read as a census. The message is one line that names the file, the location inside it
 * (a JSON pointer, or sheet/row/column) and what is wrong, so that a command-line tool can print it as is.
 */
public class CensusFormatException extends CensusException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String location;
    private final String problem;

    public CensusFormatException(String source, String location, String problem) {
        this(source, location, problem, null);
    }

    public CensusFormatException(String source, String location, String problem, Throwable cause) {
        super(format(source, location, problem), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.location = location == null ? "" : location;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    private static String format(String source, String location, String problem) {
        String where = location == null || location.isEmpty() ? "" : location + ": ";
        return oneLine(source + ": " + where + problem);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** The file name or other description of the input, e.g. {@code census.json} or {@code <stdin>}. */
    public String source() {
        return source;
    }

    /** Where in the input: a JSON pointer such as {@code /partnerships/3/actions/0}, or {@code Actions!C12}. */
    public Optional<String> location() {
        return location.isEmpty() ? Optional.empty() : Optional.of(location);
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
