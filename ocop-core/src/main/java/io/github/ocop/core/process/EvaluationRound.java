package io.github.ocop.core.process;

import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.model.EvaluationLevel;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A statutory evaluation round (đợt đánh giá, phân hạng) in one calendar year, from a rule set's round calendar
 * ({@code process.versions[].rounds}, e.g. QĐ 26/2026 Điều 5): a level, the round's number as
 * printed, the day before which it must be held, and the day before which dossiers must be proposed to reach it.
 * "Trước ngày X" is strictly before X (interpretation {@code before-is-strict}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param level the level holding the round
 * @param number the round's number as printed
 * @param heldBefore the round is held before this day
 * @param proposedBefore dossiers proposed before this day reach the round
 * @param citation where the round is written
 */
public record EvaluationRound(EvaluationLevel level, int number, LocalDate heldBefore, LocalDate proposedBefore,
        String citation) {

    /**
     * Validates.
     *
     * @param level the level holding the round
     * @param number the round's number as printed
     * @param heldBefore the round is held before this day
     * @param proposedBefore dossiers proposed before this day reach the round
     * @param citation where the round is written
     */
    public EvaluationRound {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(heldBefore, "heldBefore");
        Objects.requireNonNull(proposedBefore, "proposedBefore");
        if (number < 1) {
            throw CoreMessages.refusal("model.roundNumber", number);
        }
        if (!proposedBefore.isBefore(heldBefore)) {
            throw CoreMessages.refusal("process.roundCutOff", proposedBefore, heldBefore);
        }
    }

    /**
     * {@return the calendar year in which the round is held (interpretation {@code ministry-round-two-year})}
     *
     */
    public int year() {
        return heldBefore.getYear();
    }

    /**
     * {@return the last day on which the round may be held (the day before {@link #heldBefore()})}
     *
     */
    public LocalDate lastDay() {
        return heldBefore.minusDays(1);
    }

    /** {@return the last day on which a dossier may be proposed to reach the round} */
    public LocalDate lastProposalDay() {
        return proposedBefore.minusDays(1);
    }
}
