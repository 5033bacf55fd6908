package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

import java.util.Objects;

/**
 * One printed answer of a criterion (phương án / mức đánh giá) with its fixed points. Immutable and thread-safe.
 *
 * @param key            {@code a}, {@code b}, ... in printed order
 * @param text           the law's text, verbatim, star marks removed
 * @param points         the points it is worth
 * @param minimumFor     3, 4 or 5 when the option is marked {@code ***}, {@code ****}, {@code *****} (the minimum a
 *                       product must reach on this criterion for that rank), or null
 * @param caseLabel      the alternative case heading it belongs to ("Trường hợp 1: ..."), or null
 * @param interpretation the id of the interpretation that supplies this option when the law prints none, or null
 * @param citation       where it is printed
 */
public record Option(String key, String text, int points, Integer minimumFor, String caseLabel,
                     String interpretation, Citation citation) {
    /**
     * Validates the components.
     *
     * @param key {@code a}, {@code b}, ... in printed order
     * @param text the law's text, verbatim, star marks removed
     * @param points the points it is worth
     * @param minimumFor 3, 4 or 5 when the option is marked {@code ***}, {@code ****}, {@code *****} (the minimum a product must reach on this criterion for that rank), or null
     * @param caseLabel the alternative case heading it belongs to ("Trường hợp 1: ..."), or null
     * @param interpretation the id of the interpretation that supplies this option when the law prints none, or null
     * @param citation where it is printed
     */
    public Option {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(citation, "citation");
        if (points < 0) {
            throw CoreMessages.refusal("model.optionPoints", key, points);
        }
        if (minimumFor != null
                && (minimumFor < StarRanking.LOWEST_MARKED_STARS || minimumFor > StarRanking.MAX_STARS)) {
            throw CoreMessages.refusal("model.optionMinimumFor", key, minimumFor);
        }
    }

    /** {@return true when the option is printed in the law (not supplied by an interpretation)} */
    public boolean printed() {
        return interpretation == null;
    }
}
