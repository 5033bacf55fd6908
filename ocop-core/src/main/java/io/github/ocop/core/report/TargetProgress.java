package io.github.ocop.core.report;

import java.util.Objects;

/**
 * How far a round got towards one plan target (kết quả so với chỉ tiêu). Immutable and thread-safe.
 *
 * @param target   the target
 * @param achieved the number reached (0 when not known)
 * @param known    whether the number is known: always for targets counted from the products; for an activity
 *                 target, only when the round reports it
 */
public record TargetProgress(PlanTarget target, int achieved, boolean known) {
    /**
     * Validates the components.
     *
     * @param target   the target
     * @param achieved the number reached
     * @param known    whether the number is known
     */
    public TargetProgress {
        Objects.requireNonNull(target, "target");
        if (achieved < 0) {
            throw new IllegalArgumentException("achieved must not be negative, was " + achieved);
        }
        if (!known && achieved != 0) {
            throw new IllegalArgumentException("an unknown progress has no achieved number, was " + achieved);
        }
    }

    /**
     * A known progress.
     *
     * @param target   the target
     * @param achieved the number reached
     */
    public TargetProgress(PlanTarget target, int achieved) {
        this(target, achieved, true);
    }

    /** {@return true when the number reached is known and at least the target} */
    public boolean met() {
        return known && achieved >= target.count();
    }

    /** {@return how many are still missing (0 when met; the whole count when not known)} */
    public int shortfall() {
        return Math.max(0, target.count() - achieved);
    }
}
