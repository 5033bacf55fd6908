package io.github.ocop.core.history;

import io.github.ocop.core.model.Interpretation;
import io.github.ocop.core.model.ProcessVersion;
import io.github.ocop.core.text.Message;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule set that governs one evaluation and why (bộ tiêu chí áp dụng): its id, the process version in force for
 * it, the ground, a one-paragraph reason, the articles it rests on and the named interpretations used. Immutable and
 * thread-safe.
 *
 * @param facts                the evaluation's facts
 * @param ruleSetId            the id of the governing rule set
 * @param process              the process version of that rule set that applies (e.g. QĐ 148 as amended by QĐ 1489)
 * @param basis                the ground of the choice
 * @param reason               why, in plain words, with the dates compared: a coded message of ocop-core's bundle
 *                             ({@code history.*}), rendered in Vietnamese (the default) or English
 * @param citations            the articles relied on, e.g. {@code "QĐ 26/2026/QĐ-TTg, Điều 12 khoản 2 điểm a"}
 * @param interpretations      the named readings applied
 * @param transitionalDeadline the last day of the transitional deadline, for a dossier filed before the new rule set
 *                             took effect and evaluated from that day; otherwise null
 */
public record Resolution(EvaluationFacts facts, String ruleSetId, Optional<ProcessVersion> process,
                         ResolutionBasis basis, Message reason, List<String> citations,
                         List<Interpretation> interpretations, LocalDate transitionalDeadline) {
    /**
     * Validates and copies the components.
     *
     * @param facts                the evaluation's facts
     * @param ruleSetId            the id of the governing rule set
     * @param process              the process version of that rule set that applies (e.g. QĐ 148 as amended by QĐ 1489)
     * @param basis                the ground of the choice
     * @param reason               why, in plain words, with the dates compared
     * @param citations            the articles relied on, e.g. {@code "QĐ 26/2026/QĐ-TTg, Điều 12 khoản 2 điểm a"}
     * @param interpretations      the named readings applied
     * @param transitionalDeadline the last day of the transitional deadline, or null
     */
    public Resolution {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reason, "reason");
        citations = List.copyOf(Objects.requireNonNull(citations, "citations"));
        interpretations = List.copyOf(Objects.requireNonNull(interpretations, "interpretations"));
    }

    /** {@return the transitional deadline that applied, if the evaluation fell in a transition} */
    public Optional<LocalDate> deadline() {
        return Optional.ofNullable(transitionalDeadline);
    }
}
