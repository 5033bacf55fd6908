package io.github.ocop.core.advice;

import java.util.Objects;
import java.util.Optional;

/**
 * One answer an improvement plan changes: a criterion raised from its current option to one worth more points, or a
 * criterion that did not apply and comes to apply (its condition was raised) answered for the first time.
 * Immutable and thread-safe.
 *
 * @param criterion  the criterion code
 * @param from       the current option key or {@code "none"}, or null when the criterion did not apply
 * @param to         the new option key (or {@code "none"} for a newly applicable criterion accepting it)
 * @param fromPoints the current points (0 when it did not apply)
 * @param toPoints   the points of the new option
 */
public record PlannedChange(String criterion, String from, String to, int fromPoints, int toPoints) {
    /**
     * Validates the components.
     *
     * @param criterion  the criterion code
     * @param from       the current option key or {@code "none"}, or null when the criterion did not apply
     * @param to         the new option key (or {@code "none"} for a newly applicable criterion accepting it)
     * @param fromPoints the current points (0 when it did not apply)
     * @param toPoints   the points of the new option
     */
    public PlannedChange {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(to, "to");
    }

    /** {@return the points this change adds on its criterion ({@code toPoints - fromPoints})} */
    public int pointsGained() {
        return toPoints - fromPoints;
    }

    /** {@return the current answer, absent when the criterion did not apply} */
    public Optional<String> currentAnswer() {
        return Optional.ofNullable(from);
    }
}
