package io.github.ocop.core.model;

/**
 * What the resolver does with a dossier filed before a rule set took effect whose evaluation is completed after the
 * transitional deadline of that rule set ({@link Transition}); QĐ 26/2026 Điều 12 khoản 2 sets the deadline but not
 * the consequence of missing it, so the rule set file names the policy (interpretation
 * {@code late-transitional-evaluation}). Immutable and thread-safe.
 */
public enum LateTransitionPolicy {
    /**
     * The default: the transitional regime no longer applies, so the rules in force on the evaluation date govern,
     * which is the new rule set. The resolution says the deadline was missed.
     */
    NEW_RULES,
    /** Refuse: resolving such an evaluation throws an {@code OcopInputException} naming the missed deadline. */
    REJECT
}
