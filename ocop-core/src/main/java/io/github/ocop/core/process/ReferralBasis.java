package io.github.ocop.core.process;

/**
 * What decides whether a product is forwarded to the next level (căn cứ chuyển cấp). See
 * the interpretation {@code referral-needs-score-and-rank}.
 *
 * <p>Immutable and thread-safe.
 */
public enum ReferralBasis {
    /** The mean total reaches the threshold and the star rank reaches the rank of that threshold (default). */
    SCORE_AND_RANK,
    /** The mean total alone reaches the threshold. */
    SCORE_ONLY
}
