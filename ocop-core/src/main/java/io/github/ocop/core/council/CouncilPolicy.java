package io.github.ocop.core.council;

import io.github.ocop.core.internal.CoreMessages;

import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a council combines its members' scores where the law leaves the detail to provinces (quy chế hoạt động của
 * Hội đồng): rounding of means, the largest spread between members, the quorum and knock-outs. The default,
 * {@link #provincialPractice()}, is the documented provincial practice (notes 1048 §3.5, notes 148 §5.3): means to 2
 * decimals half-up (for display: the band and the minima follow the exact mean, {@link RankMean#EXACT}), members at
 * most 10 points apart, a quorum of 3/4 of the members including the chair (checked only when the council's size is
 * given), any member's knock-out stops the ranking.
 *
 * <p>Immutable and thread-safe; the {@code with...} methods return modified copies.
 */
public final class CouncilPolicy {
    /** The most decimals a council's means may keep (6: a millionth of a point). */
    public static final int MAX_SCALE = 6;
    private static final CouncilPolicy PROVINCIAL = new CouncilPolicy(2, RoundingMode.HALF_UP, 10, null, null, 3, 4,
            KnockOutRule.ANY_MEMBER, RankMean.EXACT);

    private final int scale;
    private final RoundingMode rounding;
    private final int maxSpread;
    private final Integer councilSize;
    private final String chair;
    private final int quorumNumerator;
    private final int quorumDenominator;
    private final KnockOutRule knockOutRule;
    private final RankMean rankMean;

    private CouncilPolicy(int scale, RoundingMode rounding, int maxSpread, Integer councilSize, String chair,
                          int quorumNumerator, int quorumDenominator, KnockOutRule knockOutRule, RankMean rankMean) {
        this.scale = scale;
        this.rounding = rounding;
        this.maxSpread = maxSpread;
        this.councilSize = councilSize;
        this.chair = chair;
        this.quorumNumerator = quorumNumerator;
        this.quorumDenominator = quorumDenominator;
        this.knockOutRule = knockOutRule;
        this.rankMean = rankMean;
    }

    /**
     * The documented provincial practice: 2 decimals half-up for display, band and minima on the exact mean, spread at most 10, quorum 3/4 including the chair
     * (no council size, hence no quorum check, until {@link #withCouncil} gives one), {@link KnockOutRule#ANY_MEMBER}.
     *
     * @return the default policy
     */
    public static CouncilPolicy provincialPractice() {
        return PROVINCIAL;
    }

    /** {@return the number of decimals of every mean (2 by default)} */
    public int scale() {
        return scale;
    }

    /** {@return how means are rounded ({@link RoundingMode#HALF_UP} by default)} */
    public RoundingMode rounding() {
        return rounding;
    }

    /** {@return the largest allowed difference between the highest and lowest member totals (10 by default)} */
    public int maxSpread() {
        return maxSpread;
    }

    /** {@return the number of members of the council, if given (enables the quorum check)} */
    public OptionalInt councilSize() {
        return councilSize == null ? OptionalInt.empty() : OptionalInt.of(councilSize);
    }

    /** {@return the assessor id of the council's chair (Chủ tịch Hội đồng), if given} */
    public Optional<String> chair() {
        return Optional.ofNullable(chair);
    }

    /** {@return the numerator of the quorum fraction (3 of 3/4 by default)} */
    public int quorumNumerator() {
        return quorumNumerator;
    }

    /** {@return the denominator of the quorum fraction (4 of 3/4 by default)} */
    public int quorumDenominator() {
        return quorumDenominator;
    }

    /** {@return when knock-outs stop the ranking} */
    public KnockOutRule knockOutRule() {
        return knockOutRule;
    }

    /**
     * The fewest members present for the quorum: the quorum fraction of the council size, rounded up.
     *
     * @return empty when no council size is given
     */
    public OptionalInt quorum() {
        if (councilSize == null) {
            return OptionalInt.empty();
        }
        long n = (long) councilSize * quorumNumerator;
        return OptionalInt.of((int) ((n + quorumDenominator - 1) / quorumDenominator));
    }

    /**
     * {@return a copy rounding means that way}
     *
     * @param newScale    decimals of the means, 0..6
     * @param newRounding the rounding mode, not {@link RoundingMode#UNNECESSARY}
     */
    public CouncilPolicy withRounding(int newScale, RoundingMode newRounding) {
        Objects.requireNonNull(newRounding, "rounding");
        if (newScale < 0 || newScale > MAX_SCALE) {
            throw CoreMessages.refusal("council.scaleRange", newScale);
        }
        if (newRounding == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("RoundingMode.UNNECESSARY cannot round a mean such as 200/3");
        }
        return new CouncilPolicy(newScale, newRounding, maxSpread, councilSize, chair, quorumNumerator,
                quorumDenominator, knockOutRule, rankMean);
    }

    /**
     * {@return a copy with that spread limit}
     *
     * @param points the largest allowed difference between member totals, 0..100
     */
    public CouncilPolicy withMaxSpread(int points) {
        if (points < 0 || points > 100) {
            throw CoreMessages.refusal("council.maxSpreadRange", points);
        }
        return new CouncilPolicy(scale, rounding, points, councilSize, chair, quorumNumerator, quorumDenominator,
                knockOutRule, rankMean);
    }

    /**
     * Gives the council's composition, which turns the quorum check on.
     *
     * @param size      the number of members of the council, at least 2
     * @param chairId   the chair's assessor id, or null when the chair is not to be checked
     * @return a copy with that composition
     */
    public CouncilPolicy withCouncil(int size, String chairId) {
        if (size < 2) {
            throw CoreMessages.refusal("council.sizeRange", size);
        }
        if (chairId != null && chairId.isBlank()) {
            throw CoreMessages.refusal("council.chairBlank");
        }
        return new CouncilPolicy(scale, rounding, maxSpread, size, chairId, quorumNumerator, quorumDenominator,
                knockOutRule, rankMean);
    }

    /**
     * {@return a copy with that quorum fraction}
     *
     * @param numerator   e.g. 3
     * @param denominator e.g. 4; the fraction must lie in (0, 1]
     */
    public CouncilPolicy withQuorum(int numerator, int denominator) {
        if (numerator <= 0 || denominator <= 0 || numerator > denominator) {
            throw CoreMessages.refusal("council.quorumRange", numerator, denominator);
        }
        return new CouncilPolicy(scale, rounding, maxSpread, councilSize, chair, numerator, denominator,
                knockOutRule, rankMean);
    }

    /**
     * {@return a copy with that rule}
     *
     * @param rule when knock-outs stop the ranking
     */
    public CouncilPolicy withKnockOutRule(KnockOutRule rule) {
        return new CouncilPolicy(scale, rounding, maxSpread, councilSize, chair, quorumNumerator, quorumDenominator,
                Objects.requireNonNull(rule, "rule"), rankMean);
    }

    /** {@return which mean the band and the star minima are read on ({@link RankMean#EXACT} by default)} */
    public RankMean rankMean() {
        return rankMean;
    }

    /**
     * {@return a copy reading them on that mean}
     *
     * @param mean which mean the band and the star minima are read on
     */
    public CouncilPolicy withRankMean(RankMean mean) {
        return new CouncilPolicy(scale, rounding, maxSpread, councilSize, chair, quorumNumerator, quorumDenominator,
                knockOutRule, Objects.requireNonNull(mean, "mean"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CouncilPolicy p && p.scale == scale && p.rounding == rounding && p.maxSpread == maxSpread
                && Objects.equals(p.councilSize, councilSize) && Objects.equals(p.chair, chair)
                && p.quorumNumerator == quorumNumerator && p.quorumDenominator == quorumDenominator
                && p.knockOutRule == knockOutRule && p.rankMean == rankMean;
    }

    @Override
    public int hashCode() {
        return Objects.hash(scale, rounding, maxSpread, councilSize, chair, quorumNumerator, quorumDenominator,
                knockOutRule, rankMean);
    }

    @Override
    public String toString() {
        return "CouncilPolicy[scale " + scale + " " + rounding + ", maxSpread " + maxSpread + ", quorum "
                + quorumNumerator + "/" + quorumDenominator + (councilSize == null ? "" : " of " + councilSize)
                + (chair == null ? "" : ", chair " + chair) + ", knock-outs " + knockOutRule + ", rank on the " + rankMean + " mean]";
    }
}
