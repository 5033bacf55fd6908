package io.github.ocop.core.model;

/**
 * What decides whether a level forwards a product to the next level (căn cứ chuyển cấp): a named policy whose
 * default each rule set file states per level ({@code process.versions[].levels[].forwardBasis}). Interpretations
 * {@code referral-on-score-alone} and {@code referral-needs-score-and-rank}.
 *
 * <p>Immutable and thread-safe.
 */
public enum ReferralBasis {
    /**
     * The mean total reaches the forwarding threshold and the star rank (points band and star minima) reaches the
     * rank of that threshold: a product at 90 points with a 5-star minimum unmet stays at its level.
     */
    SCORE_AND_RANK,
    /**
     * The mean total alone reaches the forwarding threshold: a product at 90 points is forwarded even when a star
     * minimum of the next level's rank is unmet, and the next level's council decides.
     */
    SCORE_ONLY
}
