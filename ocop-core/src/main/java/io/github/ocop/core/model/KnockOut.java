package io.github.ocop.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A printed ground for rejecting a product or stopping its evaluation (trường hợp bị loại). An assessor records
 * the ones found; a product with any is not ranked. Immutable and thread-safe.
 *
 * @param id        unique within the sheet, e.g. {@code "KO1"}
 * @param criterion the code of the criterion it is printed under, or null for the whole sheet
 * @param effect    what it does
 * @param text      the law's text, verbatim
 * @param citation  where it is printed
 */
public record KnockOut(String id, String criterion, KnockOutEffect effect, String text, Citation citation) {
    /**
     * Validates the components.
     *
     * @param id unique within the sheet, e.g. {@code "KO1"}
     * @param criterion the code of the criterion it is printed under, or null for the whole sheet
     * @param effect what it does
     * @param text the law's text, verbatim
     * @param citation where it is printed
     */
    public KnockOut {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(citation, "citation");
    }

    /** @return the criterion it stands under, if any */
    public Optional<String> criterionCode() {
        return Optional.ofNullable(criterion);
    }
}
