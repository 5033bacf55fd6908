package io.github.ocop.rules;

import io.github.ocop.core.problem.Problem;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of the semantic validation of a rule set: errors (the rule set must not be used) and known
 * deviations (departures from the decision's invariants that the rule set itself declares, e.g. a platform sheet
 * whose part C sums to 38). Immutable and thread-safe.
 *
 * @param errors          problems that make the rule set unusable
 * @param knownDeviations declared departures, reported but accepted
 */
public record ValidationReport(List<Problem> errors, List<Problem> knownDeviations) {
    /**
     * Copies the lists.
     *
     * @param errors problems that make the rule set unusable
     * @param knownDeviations declared departures, reported but accepted
     */
    public ValidationReport {
        errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
        knownDeviations = List.copyOf(Objects.requireNonNull(knownDeviations, "knownDeviations"));
    }

    /** {@return true when there is no error} */
    public boolean valid() {
        return errors.isEmpty();
    }
}
