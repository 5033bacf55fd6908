package io.github.ocop.core.whatif;

import io.github.ocop.core.model.PartCode;

import java.util.Objects;

/**
 * One criterion whose answer or points differ between two score cards. Immutable and thread-safe.
 *
 * @param criterion  the criterion code
 * @param part       its part
 * @param from       the answer before (option key, {@code none}, or null when unanswered or not applicable)
 * @param to         the answer after
 * @param fromPoints the points before
 * @param toPoints   the points after
 */
public record CriterionChange(String criterion, PartCode part, String from, String to, int fromPoints, int toPoints) {
    /**
     * Checks the code and part.
     *
     * @param criterion  the criterion code
     * @param part       its part
     * @param from       the answer before (option key, {@code none}, or null when unanswered or not applicable)
     * @param to         the answer after
     * @param fromPoints the points before
     * @param toPoints   the points after
     */
    public CriterionChange {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(part, "part");
    }

    /** {@return points after minus points before} */
    public int difference() {
        return toPoints - fromPoints;
    }
}
