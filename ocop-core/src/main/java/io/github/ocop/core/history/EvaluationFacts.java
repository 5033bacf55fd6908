package io.github.ocop.core.history;

import io.github.ocop.core.model.EvaluationKind;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.internal.CoreMessages;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The facts of one evaluation that decide which rule set governs it (thông tin về lần đánh giá): why the product is
 * evaluated, the day its dossier was filed (ngày nộp hồ sơ) and the day it is (or was) evaluated (ngày đánh giá,
 * phân hạng: the day the competent authority completes the evaluation). Immutable and thread-safe.
 *
 * @param kind      first evaluation, upgrade or re-evaluation
 * @param submitted the day the subject filed the dossier
 * @param evaluated the day the evaluation is completed; not before {@code submitted}
 */
public record EvaluationFacts(EvaluationKind kind, LocalDate submitted, LocalDate evaluated) {
    /**
     * Validates the facts.
     *
     * @param kind      first evaluation, upgrade or re-evaluation
     * @param submitted the day the subject filed the dossier
     * @param evaluated the day the evaluation is completed; not before {@code submitted}
     * @throws OcopInputException when the evaluation date is before the submission date
     */
    public EvaluationFacts {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(evaluated, "evaluated");
        if (evaluated.isBefore(submitted)) {
            throw new OcopInputException("evaluation", List.of(new Problem("$.evaluated",
                    CoreMessages.of("history.evaluatedBeforeSubmitted", evaluated, submitted))));
        }
    }

    /**
     * {@return the facts}
     *
     * @param kind      first evaluation, upgrade or re-evaluation
     * @param submitted the day the dossier was filed
     * @param evaluated the day the evaluation is completed
     */
    public static EvaluationFacts of(EvaluationKind kind, LocalDate submitted, LocalDate evaluated) {
        return new EvaluationFacts(kind, submitted, evaluated);
    }
}
