package io.github.ocop.core.history;

import io.github.ocop.core.process.Interpretation;
import io.github.ocop.core.process.ProcessVariant;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule set that governs one evaluation and why (bộ tiêu chí áp dụng): its id, the process variant in force for
 * it, the ground, a one-paragraph reason, the articles it rests on and the named interpretations used. Immutable and
 * thread-safe.
 *
 * @param facts                the evaluation's facts
 * @param ruleSetId            the governing rule set, e.g. {@code "qd-148-2023"}
 * @param processVariant       the process of that rule set that applies (e.g. QĐ 148 as amended by QĐ 1489)
 * @param basis                the ground of the choice
 * @param reason               why, in plain words, with the dates compared
 * @param citations            the articles relied on, e.g. {@code "QĐ 26/2026/QĐ-TTg, Điều 12 khoản 2 điểm a"}
 * @param interpretations      the named readings applied
 * @param transitionalDeadline the last day of the Điều 12 khoản 2 deadline, for a dossier filed before 22/05/2026
 *                             and evaluated from that day; otherwise null
 */
public record Resolution(EvaluationFacts facts, String ruleSetId, ProcessVariant processVariant,
                         ResolutionBasis basis, String reason, List<String> citations,
                         List<Interpretation> interpretations, LocalDate transitionalDeadline) {
    /**
     * Validates and copies the components.
     *
     * @param facts                the evaluation's facts
     * @param ruleSetId            the governing rule set, e.g. {@code "qd-148-2023"}
     * @param processVariant       the process of that rule set that applies (e.g. QĐ 148 as amended by QĐ 1489)
     * @param basis                the ground of the choice
     * @param reason               why, in plain words, with the dates compared
     * @param citations            the articles relied on, e.g. {@code "QĐ 26/2026/QĐ-TTg, Điều 12 khoản 2 điểm a"}
     * @param interpretations      the named readings applied
     * @param transitionalDeadline the last day of the Điều 12 khoản 2 deadline, for a dossier filed before 22/05/2026
     *                             and evaluated from that day; otherwise null
     */
    public Resolution {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        Objects.requireNonNull(processVariant, "processVariant");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reason, "reason");
        citations = List.copyOf(Objects.requireNonNull(citations, "citations"));
        interpretations = List.copyOf(Objects.requireNonNull(interpretations, "interpretations"));
        if (!processVariant.ruleSetId().equals(ruleSetId)) {
            throw new IllegalArgumentException("process variant " + processVariant + " is not one of " + ruleSetId);
        }
    }

    /** @return the transitional deadline that applied, if the evaluation fell in the 26/2026 transition */
    public Optional<LocalDate> deadline() {
        return Optional.ofNullable(transitionalDeadline);
    }
}
