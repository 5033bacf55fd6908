package io.github.ocop.core.model;

import java.util.Objects;

/**
 * A reviewed correction of a misprint in the source (đính chính), applied when the rule set was produced.
 * Immutable and thread-safe.
 *
 * @param id        a stable id
 * @param sheet     the sheet id, or null
 * @param criterion the criterion code, or null
 * @param option    the option key, or null
 * @param field     the corrected field, e.g. {@code "points"}
 * @param printed   the value as printed
 * @param corrected the value used
 * @param reason    why
 * @param line      the source line, or null
 */
public record Erratum(String id, String sheet, String criterion, String option, String field, String printed,
                      String corrected, String reason, Integer line) {
    /**
     * Validates the components.
     *
     * @param id a stable id
     * @param sheet the sheet id, or null
     * @param criterion the criterion code, or null
     * @param option the option key, or null
     * @param field the corrected field, e.g. {@code "points"}
     * @param printed the value as printed
     * @param corrected the value used
     * @param reason why
     * @param line the source line, or null
     */
    public Erratum {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(corrected, "corrected");
        Objects.requireNonNull(reason, "reason");
    }
}
