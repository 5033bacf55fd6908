package io.github.ocop.core.scoring;

import java.util.Objects;

/**
 * A star minimum a product did not reach. Immutable and thread-safe.
 *
 * @param requirement the requirement
 * @param answer      what was chosen (option key, {@link Assessment#NONE}, or null when the criterion did not apply)
 * @param points      the points earned on the criterion
 */
public record UnmetMinimum(MinimumRequirement requirement, String answer, int points) {
    /**
     * Validates the components.
     *
     * @param requirement the requirement
     * @param answer what was chosen (option key, {@link Assessment#NONE}, or null when the criterion did not apply)
     * @param points the points earned on the criterion
     */
    public UnmetMinimum {
        Objects.requireNonNull(requirement, "requirement");
    }

    /** {@return the criterion code} */
    public String criterion() {
        return requirement.criterion();
    }

    /** {@return the star level the requirement is for} */
    public int requiredFor() {
        return requirement.requiredFor();
    }
}
