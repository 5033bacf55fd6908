package io.github.ocop.core.explain;

import io.github.ocop.core.model.Citation;
import io.github.ocop.core.model.PartCode;

import java.util.Objects;

/**
 * One part (phần A, B or C) of an explained score card: its points against its maximum. Immutable and thread-safe.
 *
 * @param code      A, B or C
 * @param title     the title as printed
 * @param points    the points earned
 * @param maxPoints the part's maximum as printed
 * @param citation  where the part is printed
 */
public record PartLine(PartCode code, String title, int points, int maxPoints, Citation citation) {
    /**
     * Validates the components.
     *
     * @param code      A, B or C
     * @param title     the title as printed
     * @param points    the points earned
     * @param maxPoints the part's maximum as printed
     * @param citation  where the part is printed
     */
    public PartLine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(citation, "citation");
    }
}
