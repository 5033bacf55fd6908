package io.github.ocop.core.scoring;

/**
 * The total and the rank of a prepared assessment, without the per-criterion detail of a {@link ScoreCard}
 * (điểm và hạng sao). Immutable and thread-safe.
 *
 * @param total     the total points
 * @param bandStars the stars of the points band holding the total
 * @param stars     the rank after the star minima (1..5), whether or not a knock-out was recorded
 * @param ranked    false when a knock-out was recorded (the product is then not ranked)
 */
public record QuickScore(int total, int bandStars, int stars, boolean ranked) {
}
