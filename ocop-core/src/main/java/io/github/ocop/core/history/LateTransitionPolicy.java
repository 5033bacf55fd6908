package io.github.ocop.core.history;

/**
 * What the resolver does with a dossier filed before 22/05/2026 whose evaluation is completed after the transitional
 * deadline of QĐ 26/2026 Điều 12 khoản 2 (60 days for a first evaluation or an upgrade, 30 for a re-evaluation).
 * The decision sets the deadline but not the consequence of missing it; see
 * {@link HistoryInterpretations#LATE_TRANSITIONAL_EVALUATION}. Immutable and thread-safe.
 */
public enum LateTransitionPolicy {
    /**
     * The default: the transitional regime no longer applies, so the rules in force on the evaluation date govern,
     * which is QĐ 26/2026 (Điều 11 khoản 1). The resolution says the deadline was missed.
     */
    NEW_RULES,
    /** Refuse: resolving such an evaluation throws an {@code OcopInputException} naming the missed deadline. */
    REJECT
}
