package io.github.ocop.core.scoring;

import io.github.ocop.core.model.KnockOut;
import java.util.Objects;

/**
 * A knock-out that followed from an answer (bị loại theo câu trả lời), with the answer that triggered it, so a score
 * card can name it. Immutable and thread-safe.
 *
 * @param knockOut the knock-out
 * @param criterion the criterion whose answer triggered it
 * @param option the option key given ({@code "none"} for the 0-point answer)
 */
public record DerivedKnockOut(KnockOut knockOut, String criterion, String option) {
    /**
     * Validates.
     *
     * @param knockOut the knock-out
     * @param criterion the criterion whose answer triggered it
     * @param option the option key given
     */
    public DerivedKnockOut {
        Objects.requireNonNull(knockOut, "knockOut");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(option, "option");
    }
}
