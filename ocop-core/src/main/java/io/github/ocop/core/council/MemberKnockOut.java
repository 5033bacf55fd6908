package io.github.ocop.core.council;

import io.github.ocop.core.model.KnockOut;

import java.util.Objects;

/**
 * A knock-out ground recorded by one council member (trường hợp bị loại). Immutable and thread-safe.
 *
 * @param assessor the member's assessor id
 * @param knockOut the ground, as printed on the sheet
 */
public record MemberKnockOut(String assessor, KnockOut knockOut) {
    /**
     * Validates the components.
     *
     * @param assessor the member's assessor id
     * @param knockOut the ground, as printed on the sheet
     */
    public MemberKnockOut {
        Objects.requireNonNull(assessor, "assessor");
        Objects.requireNonNull(knockOut, "knockOut");
    }
}
