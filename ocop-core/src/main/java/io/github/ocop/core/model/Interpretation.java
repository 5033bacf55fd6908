package io.github.ocop.core.model;

import java.util.Objects;

/**
 * A named reading of unclear law (cách hiểu), recorded as data so that it can be cited and overridden.
 * Immutable and thread-safe.
 *
 * @param id     a stable id, e.g. {@code "I-BINARY-NO-OPTIONS"}
 * @param text   what the reading is
 * @param reason why it was chosen
 */
public record Interpretation(String id, String text, String reason) {
    /**
     * Validates the components.
     *
     * @param id a stable id, e.g. {@code "I-BINARY-NO-OPTIONS"}
     * @param text what the reading is
     * @param reason why it was chosen
     */
    public Interpretation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }
}
