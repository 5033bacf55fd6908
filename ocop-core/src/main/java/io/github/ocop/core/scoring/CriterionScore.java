package io.github.ocop.core.scoring;

import io.github.ocop.core.model.PartCode;

import java.util.Objects;
import java.util.Optional;

/**
 * The points one criterion earned on a score card. Immutable and thread-safe.
 *
 * @param code       the criterion code
 * @param part       the part it belongs to
 * @param answer     the chosen option key, {@link Assessment#NONE}, or null when the criterion did not apply
 * @param points     the points earned
 * @param maxPoints  the criterion's maximum
 * @param applicable false when a condition of the criterion failed (it then scores 0)
 */
public record CriterionScore(String code, PartCode part, String answer, int points, int maxPoints,
                             boolean applicable) {
    /**
     * Validates the components.
     *
     * @param code the criterion code
     * @param part the part it belongs to
     * @param answer the chosen option key, {@link Assessment#NONE}, or null when the criterion did not apply
     * @param points the points earned
     * @param maxPoints the criterion's maximum
     * @param applicable false when a condition of the criterion failed (it then scores 0)
     */
    public CriterionScore {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(part, "part");
    }

    /** {@return the chosen option key or "none", absent when the criterion did not apply} */
    public Optional<String> chosen() {
        return Optional.ofNullable(answer);
    }
}
