package io.github.ocop.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the six product groups (nhóm sản phẩm / ngành), codes {@code I}..{@code VI}, with the subject types it
 * admits where the decision says so. Immutable and thread-safe.
 *
 * @param code         {@code "I"}..{@code "VI"}
 * @param title        as printed
 * @param categories   its categories
 * @param subjectTypes the subject types it admits, or empty when the sources do not say (every type accepted)
 */
public record ProductGroup(String code, String title, List<ProductCategory> categories,
        Optional<SubjectTypes> subjectTypes) {
    /**
     * Validates and copies.
     *
     * @param code         the group code
     * @param title        as printed
     * @param categories   its categories
     * @param subjectTypes the subject types it admits, or empty
     */
    public ProductGroup {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
        Objects.requireNonNull(subjectTypes, "subjectTypes");
    }

    /**
     * A group whose admitted subject types the sources do not state.
     *
     * @param code       the group code
     * @param title      as printed
     * @param categories its categories
     */
    public ProductGroup(String code, String title, List<ProductCategory> categories) {
        this(code, title, categories, Optional.empty());
    }
}
