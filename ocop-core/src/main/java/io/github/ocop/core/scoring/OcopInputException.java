package io.github.ocop.core.scoring;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Invalid input (an assessment, a rule set file, ...): names the source, and lists every problem with its path and
 * what was expected. Its message is fit to show a user as it is.
 */
public class OcopInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The input's name. */
    private final String source;
    /** The problems, in the order found. */
    private final List<Problem> problems;

    /**
     * @param source   the input's name (file name, or a description such as "assessment")
     * @param problems at least one problem
     */
    public OcopInputException(String source, List<Problem> problems) {
        this(source, problems, null);
    }

    /**
     * @param source   the input's name
     * @param problems at least one problem
     * @param cause    the underlying cause, or null
     */
    public OcopInputException(String source, List<Problem> problems, Throwable cause) {
        super(format(source, problems), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.problems = List.copyOf(problems);
    }

    private static String format(String source, List<Problem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an input exception needs at least one problem");
        }
        return problems.stream().map(p -> source + " " + p.path() + ": " + p.message())
                .collect(Collectors.joining("\n"));
    }

    /** @return the input's name */
    public String source() {
        return source;
    }

    /** @return the problems, in the order found */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * @param newSource the name to report instead (e.g. the file the input came from)
     * @return the same problems attributed to another source
     */
    public OcopInputException withSource(String newSource) {
        return new OcopInputException(newSource, problems, getCause());
    }
}
