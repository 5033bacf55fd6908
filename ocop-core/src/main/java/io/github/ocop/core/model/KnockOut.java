package io.github.ocop.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A printed ground for rejecting a product or stopping its evaluation (trường hợp bị loại). One with a
 * {@link KnockOutTrigger} follows from the answers and applies by itself; the others are judgements the assessor
 * records. A product with any is not ranked. Immutable and thread-safe.
 *
 * @param id        unique within the sheet, e.g. {@code "KO1"}
 * @param criterion the code of the criterion it is printed under, or null for the whole sheet
 * @param effect    what it does
 * @param text      the law's text, verbatim
 * @param citation  where it is printed
 * @param trigger   the answers it follows from, or empty when the assessor records it
 */
public record KnockOut(String id, String criterion, KnockOutEffect effect, String text, Citation citation,
        Optional<KnockOutTrigger> trigger) {
    /**
     * Validates the components.
     *
     * @param id unique within the sheet, e.g. {@code "KO1"}
     * @param criterion the code of the criterion it is printed under, or null for the whole sheet
     * @param effect what it does
     * @param text the law's text, verbatim
     * @param citation where it is printed
     * @param trigger the answers it follows from, or empty
     */
    public KnockOut {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(trigger, "trigger");
    }

    /**
     * A knock-out the assessor records (no trigger).
     *
     * @param id        unique within the sheet
     * @param criterion the criterion it is printed under, or null
     * @param effect    what it does
     * @param text      the law's text
     * @param citation  where it is printed
     */
    public KnockOut(String id, String criterion, KnockOutEffect effect, String text, Citation citation) {
        this(id, criterion, effect, text, citation, Optional.empty());
    }

    /** {@return the criterion it stands under, if any} */
    public Optional<String> criterionCode() {
        return Optional.ofNullable(criterion);
    }
}
