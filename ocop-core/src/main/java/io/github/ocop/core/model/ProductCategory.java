package io.github.ocop.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A product category (nhóm), e.g. {@code I.1} Thực phẩm tươi sống. Immutable and thread-safe.
 *
 * @param code       e.g. {@code "I.1"}
 * @param title      as printed
 * @param ministries the managing ministries printed on the category row, possibly empty
 * @param subgroups  its subgroups (phân nhóm); a category printed without subgroups has one with its own code
 */
public record ProductCategory(String code, String title, List<String> ministries, List<ProductSubgroup> subgroups) {
    /**
     * Validates and copies the components.
     *
     * @param code e.g. {@code "I.1"}
     * @param title as printed
     * @param ministries the managing ministries printed on the category row, possibly empty
     * @param subgroups its subgroups (phân nhóm); a category printed without subgroups has one with its own code
     */
    public ProductCategory {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        ministries = List.copyOf(Objects.requireNonNull(ministries, "ministries"));
        subgroups = List.copyOf(Objects.requireNonNull(subgroups, "subgroups"));
    }
}
