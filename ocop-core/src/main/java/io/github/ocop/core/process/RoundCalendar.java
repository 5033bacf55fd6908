package io.github.ocop.core.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The statutory evaluation rounds of QĐ 26/2026 Điều 5 (thời gian tổ chức đánh giá, phân hạng) and the round a
 * proposed dossier reaches.
 *
 * <ul>
 *   <li>Province (khoản 1): round 1 before 30/6 for dossiers the commune proposes before 30/4; round 2 before
 *       30/12 for dossiers proposed before 30/10.</li>
 *   <li>Ministry (khoản 2): round 1 before 30/9 for dossiers the province proposes before 30/7; round 2 before
 *       30/3 for dossiers proposed before 30/01.</li>
 * </ul>
 * The province and the ministry may add rounds in their council's regulation (khoản 1, 2 đoạn 2); this calendar
 * knows only the statutory minimum. "Trước ngày X" is strictly before X
 * ({@link ProcessInterpretations#BEFORE_IS_STRICT}).
 *
 * <p>This class has no instances and is thread-safe.
 */
public final class RoundCalendar {

    private RoundCalendar() {
    }

    /**
     * The statutory rounds of {@code level} held in calendar year {@code year}, in calendar order.
     *
     * @param year the calendar year
     * @param level the evaluation level
     * @return the rounds
     * @throws IllegalArgumentException for a level other than province or central
     */
    public static List<EvaluationRound> rounds(int year, EvaluationLevel level) {
        Objects.requireNonNull(level, "level");
        switch (level) {
            case PROVINCE:
                return List.of(
                        new EvaluationRound(level, 1, LocalDate.of(year, 6, 30), LocalDate.of(year, 4, 30)),
                        new EvaluationRound(level, 2, LocalDate.of(year, 12, 30), LocalDate.of(year, 10, 30)));
            case CENTRAL:
                return List.of(
                        new EvaluationRound(level, 2, LocalDate.of(year, 3, 30), LocalDate.of(year, 1, 30)),
                        new EvaluationRound(level, 1, LocalDate.of(year, 9, 30), LocalDate.of(year, 7, 30)));
            default:
                throw new IllegalArgumentException("QĐ 26/2026/QĐ-TTg Điều 5 sets rounds for the province and the"
                        + " ministry only, not for the " + level.english() + " (" + level.vietnamese() + ")");
        }
    }

    /**
     * The first statutory round a dossier proposed to {@code level} on {@code proposedOn} reaches: the earliest
     * round whose proposal cut-off is after {@code proposedOn}.
     *
     * @param proposedOn the day the commune (for the province) or the province (for the ministry) proposed it
     * @param level {@link EvaluationLevel#PROVINCE} or {@link EvaluationLevel#CENTRAL}
     * @return the round
     * @throws IllegalArgumentException for another level, or a date before 26/2026 took effect (22/05/2026)
     */
    public static EvaluationRound roundFor(LocalDate proposedOn, EvaluationLevel level) {
        Objects.requireNonNull(proposedOn, "proposedOn");
        Objects.requireNonNull(level, "level");
        ProcessRuleSets.requireInForce(ProcessRuleSets.QD_26_2026, proposedOn, "proposal date");
        for (int year = proposedOn.getYear(); ; year++) {
            for (EvaluationRound r : rounds(year, level)) {
                if (proposedOn.isBefore(r.proposedBefore())) {
                    return r;
                }
            }
        }
    }
}
