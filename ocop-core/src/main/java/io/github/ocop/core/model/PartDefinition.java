package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

import java.util.Objects;

/**
 * The maximum of one part as the decision sets it for every sheet (e.g. QĐ 26/2026 Điều 3 khoản 1: A 40, B 25,
 * C 35). Immutable and thread-safe.
 *
 * @param code      the part
 * @param title     the title as printed
 * @param maxPoints the maximum points of the part
 * @param citation  where the decision sets it
 */
public record PartDefinition(PartCode code, String title, int maxPoints, Citation citation) {
    /**
     * Validates the components.
     *
     * @param code the part
     * @param title the title as printed
     * @param maxPoints the maximum points of the part
     * @param citation where the decision sets it
     */
    public PartDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(citation, "citation");
        if (maxPoints < 0 || maxPoints > 100) {
            throw CoreMessages.refusal("model.partMax", code, maxPoints);
        }
    }
}
