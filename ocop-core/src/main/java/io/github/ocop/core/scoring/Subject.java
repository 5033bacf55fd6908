package io.github.ocop.core.scoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;

/**
 * The producer that registers a product (chủ thể OCOP). Immutable and thread-safe.
 *
 * @param name its name
 * @param type its kind
 */
public record Subject(
        @NotBlank(message = "{io.github.ocop.validation.subjectName.notBlank}") String name,
        @NotNull(message = "{io.github.ocop.validation.subjectType.notNull}") SubjectType type) {
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
