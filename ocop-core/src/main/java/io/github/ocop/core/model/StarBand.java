package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

import java.util.Objects;

/**
 * One points band of the star ranking (hạng sao): a total in {@code [minPoints, next band's minPoints)} earns
 * {@code stars} stars, subject to the minimum requirements. Immutable and thread-safe.
 *
 * @param stars     1 to 5
 * @param minPoints the inclusive lower bound
 * @param citation  where the decision sets it
 */
public record StarBand(int stars, int minPoints, Citation citation) {
    /**
     * Validates the components.
     *
     * @param stars 1 to 5
     * @param minPoints the inclusive lower bound
     * @param citation where the decision sets it
     */
    public StarBand {
        Objects.requireNonNull(citation, "citation");
        if (stars < StarRanking.MIN_STARS || stars > StarRanking.MAX_STARS) {
            throw CoreMessages.refusal("model.starsRange", stars);
        }
        if (minPoints < 0 || minPoints >= 100) {
            throw CoreMessages.refusal("model.bandMinimum", minPoints);
        }
    }
}
