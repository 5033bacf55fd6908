package io.github.ocop.core.report;

import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.internal.InForce;
import io.github.ocop.core.process.Certificate;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.model.RuleSet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One product's result in an evaluation round (sản phẩm đã được đánh giá, phân hạng): who evaluated it, when, the
 * council's mean total and star rank, and the certificate issued for it, if any. Immutable and thread-safe.
 *
 * @param name        the product's name
 * @param commune     the commune (xã, thị trấn) it comes from
 * @param group       its product group (e.g. the taxonomy code {@code "I"} or a label such as "Thực phẩm")
 * @param ruleSet     the rule set it was evaluated under
 * @param level       the level whose council evaluated it
 * @param evaluatedOn the day of the evaluation, within the period the rule set is in force
 * @param total       the council's mean total, 0..100
 * @param stars       the star rank (1..5, not above the band of {@code total}), or empty when not ranked
 * @param certificate the certificate issued for it, if any, not issued before {@code evaluatedOn}
 */
public record EvaluatedProduct(String name, String commune, String group, RuleSet ruleSet, EvaluationLevel level,
                               LocalDate evaluatedOn, BigDecimal total, OptionalInt stars,
                               Optional<Certificate> certificate) {
    /**
     * Validates the result.
     *
     * @param name        the product's name
     * @param commune     the commune (xã, thị trấn) it comes from
     * @param group       its product group (e.g. the taxonomy code {@code "I"} or a label such as "Thực phẩm")
     * @param ruleSet     the rule set it was evaluated under
     * @param level       the level whose council evaluated it
     * @param evaluatedOn the day of the evaluation, within the period the rule set is in force
     * @param total       the council's mean total, 0..100
     * @param stars       the star rank (1..5, not above the band of {@code total}), or empty when not ranked
     * @param certificate the certificate issued for it, if any, not issued before {@code evaluatedOn}
     * @throws IllegalArgumentException for blank names, an unknown rule set, an evaluation date outside the period
     *                                  the rule set is in force, a total outside 0..100, stars above the band of the
     *                                  total, or a certificate issued before the evaluation
     */
    public EvaluatedProduct {
        requireText(name, "name");
        requireText(commune, "commune");
        requireText(group, "group");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(evaluatedOn, "evaluatedOn");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(stars, "stars");
        Objects.requireNonNull(certificate, "certificate");
        InForce.require(ruleSet, evaluatedOn, CoreMessages.of("date.evaluation"));
        if (total.signum() < 0 || total.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw CoreMessages.refusal("model.totalRange", total);
        }
        if (stars.isPresent()) {
            int s = stars.getAsInt();
            int band = ruleSet.starRanking().starsFor(total);
            if (s < 1 || s > band) {
                throw CoreMessages.refusal("report.starsAboveBand", s, band, total);
            }
        }
        certificate.ifPresent(c -> {
            if (c.issuedOn().isBefore(evaluatedOn)) {
                throw CoreMessages.refusal("report.certificateBeforeEvaluation", name, c.issuedOn(), evaluatedOn);
            }
        });
    }

    /** {@return the id of the rule set it was evaluated under} */
    public String ruleSetId() {
        return ruleSet.id();
    }

    private static void requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw CoreMessages.refusal("model.blank", what);
        }
    }

    /** {@return true unless the product was not ranked (knock-out)} */
    public boolean ranked() {
        return stars.isPresent();
    }
}
