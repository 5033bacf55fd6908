package io.github.ocop.core.explain;

import io.github.ocop.core.model.Citation;
import io.github.ocop.core.model.PartCode;

import java.util.Objects;
import java.util.Optional;

/**
 * One criterion of an explained score card (giải trình tiêu chí): what was chosen, what it is worth, the most it could
 * be worth and where the law prints it. Immutable and thread-safe.
 *
 * @param code       the criterion code as printed
 * @param title      the criterion title as printed
 * @param part       the part it belongs to
 * @param applicable false when its condition failed (it then scores 0)
 * @param answer     the chosen option key, {@code "none"}, or null when it did not apply
 * @param optionText the chosen option's text as printed, or null for {@code "none"} or when it did not apply
 * @param points     the points earned
 * @param maxPoints  the criterion's maximum
 * @param condition  the printed applicability condition, or null when it always applies
 * @param citation   where the criterion is printed
 */
public record CriterionLine(String code, String title, PartCode part, boolean applicable, String answer,
                            String optionText, int points, int maxPoints, String condition, Citation citation) {
    /**
     * Validates the components.
     *
     * @param code       the criterion code as printed
     * @param title      the criterion title as printed
     * @param part       the part it belongs to
     * @param applicable false when its condition failed (it then scores 0)
     * @param answer     the chosen option key, {@code "none"}, or null when it did not apply
     * @param optionText the chosen option's text as printed, or null for {@code "none"} or when it did not apply
     * @param points     the points earned
     * @param maxPoints  the criterion's maximum
     * @param condition  the printed applicability condition, or null when it always applies
     * @param citation   where the criterion is printed
     */
    public CriterionLine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(citation, "citation");
    }

    /** {@return the chosen option's text, absent for "none" or when the criterion did not apply} */
    public Optional<String> chosenText() {
        return Optional.ofNullable(optionText);
    }

    /** {@return the points not earned on this criterion} */
    public int pointsMissed() {
        return maxPoints - points;
    }
}
