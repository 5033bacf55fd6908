package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

import java.util.Objects;
import java.util.Set;

/**
 * The subject types (chủ thể OCOP) a product group admits, as the decision lists them (e.g. QĐ 26/2026 Điều 2
 * khoản 3: associations only in the tourism group), by the names of {@code io.github.ocop.core.scoring.SubjectType}
 * ({@code HOUSEHOLD}, {@code FARM}, {@code COOPERATIVE_GROUP}, {@code COOPERATIVE}, {@code ENTERPRISE},
 * {@code ASSOCIATION}). Immutable and thread-safe.
 *
 * @param admitted the admitted type names, at least one
 * @param citation where the list is written
 */
public record SubjectTypes(Set<String> admitted, String citation) {
    /**
     * Validates and copies.
     *
     * @param admitted the admitted type names, at least one
     * @param citation where the list is written
     */
    public SubjectTypes {
        admitted = Set.copyOf(Objects.requireNonNull(admitted, "admitted"));
        Texts.requireText(citation, "citation");
        if (admitted.isEmpty()) {
            throw CoreMessages.refusal("model.groupSubjectTypes");
        }
    }
}
