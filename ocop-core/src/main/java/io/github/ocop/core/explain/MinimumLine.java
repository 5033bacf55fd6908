package io.github.ocop.core.explain;

import io.github.ocop.core.model.Citation;

import java.util.Objects;

/**
 * One star minimum of the sheet (yêu cầu tối thiểu theo hạng sao), met or unmet, with the option that meets it.
 * Immutable and thread-safe.
 *
 * @param criterion      the criterion code
 * @param title          the criterion title as printed
 * @param requiredFor    3, 4 or 5 stars
 * @param option         the key of the marked option that meets it
 * @param optionText     that option's text as printed
 * @param requiredPoints that option's points
 * @param answer         what was chosen (key, "none", or null when the criterion did not apply)
 * @param points         the points earned on the criterion
 * @param met            whether the points reach the requirement
 * @param blocking       true when unmet and required for a level at or below the points band (it lowers the rank)
 * @param citation       where the criterion is printed
 */
public record MinimumLine(String criterion, String title, int requiredFor, String option, String optionText,
                          int requiredPoints, String answer, int points, boolean met, boolean blocking,
                          Citation citation) {
    /**
     * Validates the components.
     *
     * @param criterion      the criterion code
     * @param title          the criterion title as printed
     * @param requiredFor    3, 4 or 5 stars
     * @param option         the key of the marked option that meets it
     * @param optionText     that option's text as printed
     * @param requiredPoints that option's points
     * @param answer         what was chosen (key, "none", or null when the criterion did not apply)
     * @param points         the points earned on the criterion
     * @param met            whether the points reach the requirement
     * @param blocking       true when unmet and required for a level at or below the points band (it lowers the rank)
     * @param citation       where the criterion is printed
     */
    public MinimumLine {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(optionText, "optionText");
        Objects.requireNonNull(citation, "citation");
    }
}
