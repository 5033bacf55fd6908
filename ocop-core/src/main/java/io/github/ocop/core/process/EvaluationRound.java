package io.github.ocop.core.process;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A statutory evaluation round (đợt đánh giá, phân hạng) of QĐ 26/2026 Điều 5: a level, the round's number as
 * printed, the day before which it must be held, and the day before which dossiers must be proposed to reach it.
 * "Trước ngày X" is strictly before X ({@link ProcessInterpretations#BEFORE_IS_STRICT}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param level {@link EvaluationLevel#PROVINCE} or {@link EvaluationLevel#CENTRAL}
 * @param number the round's number as printed (1 or 2)
 * @param heldBefore the round is held before this day
 * @param proposedBefore dossiers proposed before this day reach the round
 */
public record EvaluationRound(EvaluationLevel level, int number, LocalDate heldBefore, LocalDate proposedBefore) {

    /**
     * Validates.
     *
     * @param level {@link EvaluationLevel#PROVINCE} or {@link EvaluationLevel#CENTRAL}
     * @param number the round's number as printed (1 or 2)
     * @param heldBefore the round is held before this day
     * @param proposedBefore dossiers proposed before this day reach the round
     */
    public EvaluationRound {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(heldBefore, "heldBefore");
        Objects.requireNonNull(proposedBefore, "proposedBefore");
        if (level != EvaluationLevel.PROVINCE && level != EvaluationLevel.CENTRAL) {
            throw new IllegalArgumentException("rounds are held by the province or the ministry, not the " + level);
        }
        if (number != 1 && number != 2) {
            throw new IllegalArgumentException("round number must be 1 or 2, not " + number);
        }
        if (!proposedBefore.isBefore(heldBefore)) {
            throw new IllegalArgumentException("proposal cut-off " + proposedBefore + " must be before " + heldBefore);
        }
    }

    /**
     * {@return the calendar year in which the round is held ({@link ProcessInterpretations#MINISTRY_ROUND_TWO_YEAR})}
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

    /**
     * {@return where the round is written, e.g. {@code "QĐ 26/2026/QĐ-TTg Điều 5 khoản 1"}}
     *
     */
    public String citation() {
        return "QĐ 26/2026/QĐ-TTg Điều 5 khoản " + (level == EvaluationLevel.PROVINCE ? 1 : 2);
    }
}
