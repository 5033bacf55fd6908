package io.github.ocop.core.report;

import java.util.Objects;

/**
 * How far a round got towards one plan target (kết quả so với chỉ tiêu). Immutable and thread-safe.
 *
 * @param target   the target
 * @param achieved the number reached
 */
public record TargetProgress(PlanTarget target, int achieved) {
    /**
     * Validates the components.
     *
     * @param target   the target
     * @param achieved the number reached
     */
    public TargetProgress {
        Objects.requireNonNull(target, "target");
        if (achieved < 0) {
            throw new IllegalArgumentException("achieved must not be negative, was " + achieved);
        }
    }

    /** @return true when the number reached is at least the target */
    public boolean met() {
        return achieved >= target.count();
    }

    /** @return how many are still missing (0 when met) */
    public int shortfall() {
        return Math.max(0, target.count() - achieved);
    }
}
