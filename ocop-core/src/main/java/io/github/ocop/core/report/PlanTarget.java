package io.github.ocop.core.report;

import java.util.Objects;

/**
 * One target of a programme plan (chỉ tiêu kế hoạch), e.g. "evaluate 21 products" or "at least 5 products reaching 3
 * stars". Immutable and thread-safe.
 *
 * @param kind     what is counted
 * @param count    the number to reach, at least 1
 * @param minStars for {@link Kind#REACHING_STARS}, the star level (1..5); otherwise 0
 */
public record PlanTarget(Kind kind, int count, int minStars) {
    /** What a target counts. */
    public enum Kind {
        /** Products evaluated and ranked or not (số sản phẩm được đánh giá, phân hạng). */
        EVALUATED,
        /** Products ranked at least {@code minStars} stars (đạt từ ... sao trở lên). */
        REACHING_STARS,
        /** Products the level forwards to the next level (đề nghị cấp trên đánh giá). */
        FORWARDED
    }

    /**
     * Validates the target.
     *
     * @param kind     what is counted
     * @param count    the number to reach, at least 1
     * @param minStars for {@link Kind#REACHING_STARS}, the star level (1..5); otherwise 0
     */
    public PlanTarget {
        Objects.requireNonNull(kind, "kind");
        if (count < 1) {
            throw new IllegalArgumentException("a target count must be at least 1, was " + count);
        }
        if (kind == Kind.REACHING_STARS ? minStars < 1 || minStars > 5 : minStars != 0) {
            throw new IllegalArgumentException(kind == Kind.REACHING_STARS ? "minStars must be within 1..5, was "
                    + minStars : "minStars applies only to REACHING_STARS targets");
        }
    }

    /**
     * Creates a target to evaluate a number of products.
     *
     * @param count the number of products
     * @return "evaluate {@code count} products"
     */
    public static PlanTarget evaluated(int count) {
        return new PlanTarget(Kind.EVALUATED, count, 0);
    }

    /**
     * Creates a target for a number of products reaching a star level.
     *
     * @param stars the star level (1..5)
     * @param count the number of products
     * @return "at least {@code count} products reach {@code stars} stars"
     */
    public static PlanTarget reachingStars(int stars, int count) {
        return new PlanTarget(Kind.REACHING_STARS, count, stars);
    }

    /**
     * Creates a target for a number of products forwarded to the next level.
     *
     * @param count the number of products
     * @return "forward at least {@code count} products"
     */
    public static PlanTarget forwarded(int count) {
        return new PlanTarget(Kind.FORWARDED, count, 0);
    }

    /** @return the target in Vietnamese, e.g. "Ít nhất 5 sản phẩm đạt từ 3 sao trở lên" */
    public String vietnamese() {
        return switch (kind) {
            case EVALUATED -> "Đánh giá, phân hạng " + count + " sản phẩm";
            case REACHING_STARS -> "Ít nhất " + count + " sản phẩm đạt từ " + minStars + " sao trở lên";
            case FORWARDED -> "Ít nhất " + count + " sản phẩm được đề nghị cấp trên đánh giá, phân hạng";
        };
    }
}
