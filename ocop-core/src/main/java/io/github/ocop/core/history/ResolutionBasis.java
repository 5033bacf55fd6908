package io.github.ocop.core.history;

/**
 * On what ground a rule set governs an evaluation (căn cứ áp dụng). Immutable and thread-safe.
 */
public enum ResolutionBasis {
    /** The only rule set in force on the evaluation date (each decision's effective dates). */
    IN_FORCE_ON_EVALUATION_DATE,
    /** Dossier filed before 22/05/2026 and evaluated within the deadline: the 2021-2025 rules (QĐ 26/2026 Điều 12 khoản 2). */
    TRANSITIONAL_PROVISION,
    /** Dossier filed on or after 22/05/2026: QĐ 26/2026 (Điều 11 khoản 1), although QĐ 148 is still formally in force. */
    FILED_UNDER_NEW_RULES,
    /** Dossier filed before 22/05/2026 but evaluated after the transitional deadline: QĐ 26/2026 (a named interpretation). */
    TRANSITIONAL_DEADLINE_MISSED
}
