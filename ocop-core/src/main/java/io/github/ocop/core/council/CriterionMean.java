package io.github.ocop.core.council;

import io.github.ocop.core.model.PartCode;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The council's mean on one criterion (điểm trung bình theo tiêu chí). Immutable and thread-safe.
 *
 * @param code      the criterion code
 * @param part      its part
 * @param mean      the mean of the members' points, rounded as the policy says
 * @param min       the lowest member's points
 * @param max       the highest member's points
 * @param maxPoints the criterion's maximum
 */
public record CriterionMean(String code, PartCode part, BigDecimal mean, int min, int max, int maxPoints) {
    /**
     * Validates the components.
     *
     * @param code      the criterion code
     * @param part      its part
     * @param mean      the mean of the members' points, rounded as the policy says
     * @param min       the lowest member's points
     * @param max       the highest member's points
     * @param maxPoints the criterion's maximum
     */
    public CriterionMean {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(mean, "mean");
    }
}
