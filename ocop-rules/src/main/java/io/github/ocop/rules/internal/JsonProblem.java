package io.github.ocop.rules.internal;

import io.github.ocop.core.problem.Problem;

/** A located problem found while reading JSON; translated into an {@code OcopInputException} by the callers. */
public final class JsonProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    /** @param problem the problem */
    public JsonProblem(Problem problem) {
        super(problem.toString(), null, false, false);
        this.problem = problem;
    }

    /** {@return the problem} */
    public Problem problem() {
        return problem;
    }
}
