package io.github.ocop.core.advice;

import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.text.Message;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What it takes to reach a target star rank (kế hoạch nâng hạng): the fewest answers to change and, among plans with
 * that many changes, the one adding the fewest points; or why the target cannot be reached. Immutable and
 * thread-safe.
 */
public final class ImprovementPlan {
    private final int target;
    private final ScoreCard current;
    private final Message reason;
    private final List<PlannedChange> changes;
    private final ScoreCard result;

    private ImprovementPlan(int target, ScoreCard current, Message reason, List<PlannedChange> changes,
                            ScoreCard result) {
        this.target = target;
        this.current = current;
        this.reason = reason;
        this.changes = List.copyOf(changes);
        this.result = result;
    }

    static ImprovementPlan reachable(int target, ScoreCard current, List<PlannedChange> changes, ScoreCard result) {
        return new ImprovementPlan(target, current, null, changes, Objects.requireNonNull(result, "result"));
    }

    static ImprovementPlan unreachable(int target, ScoreCard current, Message reason) {
        return new ImprovementPlan(target, current, Objects.requireNonNull(reason, "reason"), List.of(), null);
    }

    /** {@return the target stars (3..5)} */
    public int target() {
        return target;
    }

    /** {@return the score card the plan starts from} */
    public ScoreCard current() {
        return current;
    }

    /** {@return whether the target can be reached by raising answers} */
    public boolean reachable() {
        return reason == null;
    }

    /**
     * {@return why the target cannot be reached, absent when it can: a coded message of ocop-core's bundle
     * ({@code advice.*}), rendered in Vietnamese (the default) or English}
     */
    public Optional<Message> reason() {
        return Optional.ofNullable(reason);
    }

    /** {@return the answers to change, in printed order (empty when unreachable or already reached)} */
    public List<PlannedChange> changes() {
        return changes;
    }

    /** {@return the points the plan adds to the total (0 when unreachable)} */
    public int pointsAdded() {
        return result == null ? 0 : result.total() - current.total();
    }

    /** {@return the score card after the changes, absent when unreachable} */
    public Optional<ScoreCard> result() {
        return Optional.ofNullable(result);
    }

    /** {@return the assessment with the changes applied, absent when unreachable} */
    public Optional<Assessment> changedAssessment() {
        return result().map(ScoreCard::assessment);
    }

    @Override
    public String toString() {
        return reachable() ? "ImprovementPlan[" + target + "★: " + changes.size() + " changes, +" + pointsAdded() + "]"
                : "ImprovementPlan[" + target + "★ unreachable: " + reason + "]";
    }
}
