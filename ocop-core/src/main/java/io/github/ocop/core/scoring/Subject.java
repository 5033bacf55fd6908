package io.github.ocop.core.scoring;

import java.util.Objects;

/**
 * The producer that registers a product (chủ thể OCOP). Immutable and thread-safe.
 *
 * @param name its name
 * @param type its kind
 */
public record Subject(String name, SubjectType type) {
    /**
     * Validates the components.
     *
     * @param name its name
     * @param type its kind
     */
    public Subject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
