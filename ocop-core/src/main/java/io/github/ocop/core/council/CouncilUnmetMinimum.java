package io.github.ocop.core.council;

import io.github.ocop.core.scoring.MinimumRequirement;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A star minimum the council's mean on a criterion does not reach
 * (interpretation {@code council-minima-on-criterion-means}). Immutable and thread-safe.
 *
 * @param requirement the requirement printed on the sheet
 * @param mean        the council's mean on the criterion
 */
public record CouncilUnmetMinimum(MinimumRequirement requirement, BigDecimal mean) {
    /**
     * Validates the components.
     *
     * @param requirement the requirement printed on the sheet
     * @param mean        the council's mean on the criterion
     */
    public CouncilUnmetMinimum {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(mean, "mean");
    }

    /** {@return the criterion code} */
    public String criterion() {
        return requirement.criterion();
    }

    /** {@return the star level the requirement is for (3, 4 or 5)} */
    public int requiredFor() {
        return requirement.requiredFor();
    }
}
