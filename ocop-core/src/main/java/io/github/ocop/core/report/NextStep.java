package io.github.ocop.core.report;

import io.github.ocop.core.process.EvaluationOutcome;

import java.util.Objects;

/**
 * A ranked product and what happens to it next (bước tiếp theo), from
 * {@link io.github.ocop.core.process.EvaluationAuthorities#nextStep}. Immutable and thread-safe.
 *
 * @param product the product
 * @param outcome the next step and who decides
 */
public record NextStep(EvaluatedProduct product, EvaluationOutcome outcome) {
    /**
     * Validates the components.
     *
     * @param product the product
     * @param outcome the next step and who decides
     */
    public NextStep {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(outcome, "outcome");
    }
}
