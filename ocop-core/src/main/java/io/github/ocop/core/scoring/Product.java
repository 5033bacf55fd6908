package io.github.ocop.core.scoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import java.util.Objects;

/**
 * The product being evaluated (sản phẩm). Immutable and thread-safe.
 *
 * @param name     its name
 * @param subject  its producer, or null when not stated
 * @param subgroup its subgroup code in the rule set's taxonomy (e.g. {@code "I.1.a"}), or null when not stated
 */
public record Product(
        @NotBlank(message = "{io.github.ocop.validation.productName.notBlank}") String name,
        @Valid Subject subject,
        @Pattern(regexp = "\\S+", message = "{io.github.ocop.validation.subgroup.pattern}") String subgroup) {
    /**
     * Validates the name.
     *
     * @param name its name
     * @param subject its producer, or null when not stated
     * @param subgroup its subgroup code in the rule set's taxonomy (e.g. {@code "I.1.a"}), or null when not stated
     */
    public Product {
        Objects.requireNonNull(name, "name");
    }

    /**
     * {@return a product with no stated subject or subgroup}
     *
     * @param name the product name
     */
    public static Product named(String name) {
        return new Product(name, null, null);
    }
}
