package io.github.ocop.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One of the six product groups (nhóm sản phẩm / ngành), codes {@code I}..{@code VI}. Immutable and thread-safe.
 *
 * @param code       {@code "I"}..{@code "VI"}
 * @param title      as printed
 * @param categories its categories
 */
public record ProductGroup(String code, String title, List<ProductCategory> categories) {
    /**
     * Validates and copies the components.
     *
     * @param code {@code "I"}..{@code "VI"}
     * @param title as printed
     * @param categories its categories
     */
    public ProductGroup {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
    }
}
