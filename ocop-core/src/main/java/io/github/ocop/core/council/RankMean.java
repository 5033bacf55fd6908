package io.github.ocop.core.council;

/**
 * Which mean a council's star band and star minima are read on (trung bình dùng để xếp hạng): the exact mean of the
 * members' points, or the mean rounded for display. The two differ only when rounding carries a mean across a band
 * limit or a minimum (996 members at 70 and 4 at 69: exact 69.996, shown 70.00). Interpretation
 * {@code council-band-on-exact-mean}.
 */
public enum RankMean {
    /** The default: the band and the minima follow the exact mean; the rounded mean is only shown. */
    EXACT,
    /** The band and the minima follow the mean as rounded by the policy (the reading before this option existed). */
    ROUNDED
}
