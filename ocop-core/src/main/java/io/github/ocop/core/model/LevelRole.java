package io.github.ocop.core.model;

/**
 * What a level does in a process version ({@code process.versions[].levels[].role}): it evaluates and ranks products
 * (a level of evaluation, cấp đánh giá, phân hạng), or it only receives and checks dossiers and sends them on (a
 * step before evaluation, e.g. the commune under QĐ 26/2026 Điều 7 khoản 2, whose levels of evaluation are the
 * province and the centre, Điều 4 khoản 1).
 *
 * <p>Immutable and thread-safe.
 */
public enum LevelRole {
    /** Evaluates and ranks products: it certifies star ranks or forwards products from a mean total. */
    EVALUATES,
    /** Receives and checks dossiers and sends them on without scoring: a step, not a level of evaluation. */
    CHECKS_DOSSIERS
}
