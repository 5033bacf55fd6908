package io.github.ocop.core.scoring;

import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.model.StarRanking;

import java.util.Objects;

/**
 * A star minimum printed on a sheet (yêu cầu tối thiểu theo cấp độ sao): to be ranked {@code requiredFor} stars or
 * more, a product must score at least {@code requiredPoints} on {@code criterion} (the points of the option marked
 * with that many stars). Immutable and thread-safe.
 *
 * @param criterion      the criterion code
 * @param requiredFor    3, 4 or 5
 * @param option         the key of the marked option
 * @param requiredPoints its points
 */
public record MinimumRequirement(String criterion, int requiredFor, String option, int requiredPoints) {
    /**
     * Validates the components.
     *
     * @param criterion the criterion code
     * @param requiredFor 3, 4 or 5
     * @param option the key of the marked option
     * @param requiredPoints its points
     */
    public MinimumRequirement {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(option, "option");
        if (requiredFor < StarRanking.LOWEST_MARKED_STARS || requiredFor > StarRanking.MAX_STARS) {
            throw CoreMessages.refusal("scoring.requiredForRange", requiredFor);
        }
    }
}
