package io.github.ocop.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A product subgroup (phân nhóm), the unit a scoring sheet applies to. Immutable and thread-safe.
 *
 * @param code       e.g. {@code "I.1.a"}
 * @param title      as printed
 * @param ministries the managing ministries (cơ quan chủ trì quản lý), possibly empty
 * @param sheetId    the scoring sheet that scores it, or null when the rule set has no sheet for it
 * @param citation   where it is listed
 */
public record ProductSubgroup(String code, String title, List<String> ministries, String sheetId, Citation citation) {
    /**
     * Validates and copies the components.
     *
     * @param code e.g. {@code "I.1.a"}
     * @param title as printed
     * @param ministries the managing ministries (cơ quan chủ trì quản lý), possibly empty
     * @param sheetId the scoring sheet that scores it, or null when the rule set has no sheet for it
     * @param citation where it is listed
     */
    public ProductSubgroup {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        ministries = List.copyOf(Objects.requireNonNull(ministries, "ministries"));
        Objects.requireNonNull(citation, "citation");
    }

    /** {@return the id of the sheet that scores this subgroup, if the rule set has one} */
    public Optional<String> sheet() {
        return Optional.ofNullable(sheetId);
    }
}
