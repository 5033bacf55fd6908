package io.github.ocop.core.history;

import io.github.ocop.core.process.EvaluationKind;
import io.github.ocop.core.process.Interpretation;
import io.github.ocop.core.process.ProcessInterpretations;
import io.github.ocop.core.process.ProcessRuleSets;
import io.github.ocop.core.process.ProcessVariant;
import io.github.ocop.core.scoring.OcopInputException;
import io.github.ocop.core.scoring.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides which rule set governs an evaluation (xác định bộ tiêu chí áp dụng) from its kind, the dossier's submission
 * date and the evaluation date, and explains the choice with the articles it rests on. The rules, in order:
 * <ol>
 *   <li>A date before 21/08/2019 (QĐ 1048 took effect) is an error ({@code nothing-before-1048}).</li>
 *   <li>Dossier filed on or after 22/05/2026: {@code qd-26-2026} (QĐ 26/2026 Điều 11 khoản 1;
 *       {@code filed-from-2026-05-22-under-26-2026}).</li>
 *   <li>Dossier filed before 22/05/2026, evaluated before 22/05/2026: the rule set in force on the evaluation date,
 *       {@code qd-1048-2019} up to 23/02/2023, {@code qd-148-2023} from 24/02/2023
 *       ({@code no-transition-1048-to-148}).</li>
 *   <li>Dossier filed before 22/05/2026, evaluated from 22/05/2026 up to the transitional deadline (22/05/2026 + 60
 *       days = 21/07/2026 for a first evaluation or upgrade, + 30 days = 21/06/2026 for a re-evaluation):
 *       {@code qd-148-2023} (QĐ 26/2026 Điều 12 khoản 2 điểm a, b).</li>
 *   <li>Evaluated after that deadline: per the {@link LateTransitionPolicy}, {@code qd-26-2026} (default) or an
 *       error ({@code late-transitional-evaluation}).</li>
 * </ol>
 * Dates come from {@link ProcessRuleSets}. Immutable and thread-safe.
 */
public final class RuleSetResolver {
    /** The day QĐ 26/2026 takes effect, from which its transitional deadlines count. */
    public static final LocalDate QD26_EFFECTIVE = ProcessRuleSets.firstDay(ProcessRuleSets.QD_26_2026);
    /** Days allowed to finish a transitional first evaluation or upgrade (Điều 12 khoản 2 điểm a). */
    public static final int FIRST_OR_UPGRADE_DAYS = 60;
    /** Days allowed to finish a transitional re-evaluation (Điều 12 khoản 2 điểm b). */
    public static final int RE_EVALUATION_DAYS = 30;

    private static final String QD26 = "QĐ 26/2026/QĐ-TTg";
    private static final RuleSetResolver STANDARD = new RuleSetResolver(LateTransitionPolicy.NEW_RULES);

    private final LateTransitionPolicy latePolicy;

    private RuleSetResolver(LateTransitionPolicy latePolicy) {
        this.latePolicy = latePolicy;
    }

    /** @return the resolver with the default policy {@link LateTransitionPolicy#NEW_RULES} */
    public static RuleSetResolver standard() {
        return STANDARD;
    }

    /**
     * @param latePolicy what to do with a transitional dossier evaluated after its deadline
     * @return a resolver applying it
     */
    public static RuleSetResolver of(LateTransitionPolicy latePolicy) {
        return new RuleSetResolver(Objects.requireNonNull(latePolicy, "latePolicy"));
    }

    /** @return the policy for late transitional evaluations */
    public LateTransitionPolicy latePolicy() {
        return latePolicy;
    }

    /**
     * The last day by which an evaluation of a dossier filed before 22/05/2026 must be completed to stay under the
     * 2021-2025 rules ({@code transitional-deadline-day}).
     *
     * @param kind the evaluation kind
     * @return 21/07/2026 for a first evaluation or upgrade, 21/06/2026 for a re-evaluation
     */
    public static LocalDate transitionalDeadline(EvaluationKind kind) {
        Objects.requireNonNull(kind, "kind");
        return QD26_EFFECTIVE.plusDays(kind == EvaluationKind.RE_EVALUATION ? RE_EVALUATION_DAYS : FIRST_OR_UPGRADE_DAYS);
    }

    /**
     * @param kind      the evaluation kind
     * @param submitted the dossier's submission date
     * @param evaluated the day the evaluation is completed
     * @return the governing rule set and why
     * @throws OcopInputException when a date is before 21/08/2019, the evaluation precedes the submission, or (with
     *                            {@link LateTransitionPolicy#REJECT}) a transitional deadline was missed
     */
    public Resolution resolve(EvaluationKind kind, LocalDate submitted, LocalDate evaluated) {
        return resolve(EvaluationFacts.of(kind, submitted, evaluated));
    }

    /**
     * @param facts the evaluation's facts
     * @return the governing rule set and why
     * @throws OcopInputException when a date is before 21/08/2019 or (with {@link LateTransitionPolicy#REJECT}) a
     *                            transitional deadline was missed
     */
    public Resolution resolve(EvaluationFacts facts) {
        Objects.requireNonNull(facts, "facts");
        LocalDate first = ProcessRuleSets.firstDay(ProcessRuleSets.QD_1048_2019);
        List<Problem> early = new ArrayList<>();
        if (facts.submitted().isBefore(first)) {
            early.add(new Problem("$.submitted", tooEarly("submission", facts.submitted(), first)));
        }
        if (facts.evaluated().isBefore(first)) {
            early.add(new Problem("$.evaluated", tooEarly("evaluation", facts.evaluated(), first)));
        }
        if (!early.isEmpty()) {
            throw new OcopInputException("evaluation", early);
        }
        if (!facts.submitted().isBefore(QD26_EFFECTIVE)) {
            return filedUnderNewRules(facts);
        }
        if (facts.evaluated().isBefore(QD26_EFFECTIVE)) {
            return inForceOnEvaluation(facts);
        }
        LocalDate deadline = transitionalDeadline(facts.kind());
        if (!facts.evaluated().isAfter(deadline)) {
            return transitional(facts, deadline);
        }
        return late(facts, deadline);
    }

    private static String tooEarly(String what, LocalDate date, LocalDate first) {
        return "the " + what + " date " + date + " is before " + first + ", the day QĐ 1048/QĐ-TTg (the first"
                + " national OCOP criteria) took effect; no rule set covers it (" + HistoryInterpretations.NOTHING_BEFORE_1048
                + "); expected a date on or after " + first;
    }

    private static Resolution filedUnderNewRules(EvaluationFacts f) {
        String id = ProcessRuleSets.QD_26_2026;
        return new Resolution(f, id, ProcessVariant.resolve(id, f.evaluated()), ResolutionBasis.FILED_UNDER_NEW_RULES,
                "The dossier was filed on " + f.submitted() + ", on or after " + QD26_EFFECTIVE + " when QĐ 26/2026"
                        + " took effect; the transitional provision keeps the 2021-2025 rules only for dossiers filed"
                        + " before that day, so QĐ 26/2026 governs.",
                List.of(QD26 + ", Điều 11 khoản 1", QD26 + ", Điều 12 khoản 2"),
                List.of(HistoryInterpretations.FILED_FROM_22_05_2026_UNDER_26_2026,
                        ProcessInterpretations.BEFORE_IS_STRICT),
                null);
    }

    private static Resolution inForceOnEvaluation(EvaluationFacts f) {
        List<String> inForce = ProcessRuleSets.inForceOn(f.evaluated());
        // before 22/05/2026 exactly one rule set is in force on any day from 21/08/2019
        String id = inForce.get(0);
        List<String> citations = new ArrayList<>();
        List<Interpretation> interpretations = new ArrayList<>();
        String reason;
        if (id.equals(ProcessRuleSets.QD_1048_2019)) {
            citations.add("QĐ 1048/QĐ-TTg (hiệu lực từ 21/08/2019)");
            if (!f.evaluated().isBefore(LocalDate.of(2020, 6, 8))) {
                citations.add("QĐ 781/QĐ-TTg (sửa đổi, bổ sung QĐ 1048, từ 08/06/2020)");
            }
            reason = "The evaluation on " + f.evaluated() + " falls in the period of QĐ 1048/QĐ-TTg ("
                    + ProcessRuleSets.describePeriod(id) + ").";
        } else {
            citations.add("QĐ 148/QĐ-TTg (hiệu lực từ 24/02/2023, thay thế QĐ 1048 và QĐ 781)");
            ProcessVariant v = ProcessVariant.resolve(id, f.evaluated());
            if (v == ProcessVariant.QD_148_2023_AMENDED_1489) {
                citations.add("QĐ 1489/QĐ-TTg (sửa đổi Phụ lục II QĐ 148, từ 06/07/2025)");
            }
            reason = "The evaluation on " + f.evaluated() + " falls in the period of QĐ 148/QĐ-TTg ("
                    + ProcessRuleSets.describePeriod(id) + ")"
                    + (v == ProcessVariant.QD_148_2023_AMENDED_1489 ? ", with the process as amended by QĐ 1489/QĐ-TTg"
                    + " from 2025-07-06." : ", with its original process (before QĐ 1489/QĐ-TTg of 2025-07-06).");
        }
        if (!ProcessRuleSets.isInForce(id, f.submitted())) {
            reason += " The dossier was filed on " + f.submitted() + " under the earlier decision; with no"
                    + " transitional clause known, the rules in force on the evaluation date govern.";
            interpretations.add(HistoryInterpretations.NO_TRANSITION_1048_TO_148);
        }
        return new Resolution(f, id, ProcessVariant.resolve(id, f.evaluated()),
                ResolutionBasis.IN_FORCE_ON_EVALUATION_DATE, reason, citations, interpretations, null);
    }

    private static String point(EvaluationKind kind) {
        return kind == EvaluationKind.RE_EVALUATION ? "điểm b" : "điểm a";
    }

    private static int days(EvaluationKind kind) {
        return kind == EvaluationKind.RE_EVALUATION ? RE_EVALUATION_DAYS : FIRST_OR_UPGRADE_DAYS;
    }

    private static Resolution transitional(EvaluationFacts f, LocalDate deadline) {
        String id = ProcessRuleSets.QD_148_2023;
        return new Resolution(f, id, ProcessVariant.resolve(id, f.evaluated()), ResolutionBasis.TRANSITIONAL_PROVISION,
                "The dossier (" + f.kind().english() + ") was filed on " + f.submitted() + ", before " + QD26_EFFECTIVE
                        + " when QĐ 26/2026 took effect, and the evaluation on " + f.evaluated() + " is within "
                        + days(f.kind()) + " days of that day (deadline " + deadline + "); it continues under the"
                        + " 2021-2025 rules, QĐ 148/QĐ-TTg as amended by QĐ 1489/QĐ-TTg.",
                List.of(QD26 + ", Điều 12 khoản 2 " + point(f.kind()), QD26 + ", Điều 11 khoản 2",
                        "QĐ 148/QĐ-TTg", "QĐ 1489/QĐ-TTg"),
                List.of(HistoryInterpretations.RULES_2021_2025_ARE_148, HistoryInterpretations.TRANSITIONAL_DEADLINE_DAY,
                        HistoryInterpretations.EVALUATION_DATE_IS_COMPLETION, ProcessInterpretations.BEFORE_IS_STRICT),
                deadline);
    }

    private Resolution late(EvaluationFacts f, LocalDate deadline) {
        String missed = "the dossier (" + f.kind().english() + ") was filed on " + f.submitted() + ", before "
                + QD26_EFFECTIVE + ", but the evaluation on " + f.evaluated() + " is after " + deadline + ", the last"
                + " day of the " + days(f.kind()) + "-day transitional deadline (" + QD26 + ", Điều 12 khoản 2 "
                + point(f.kind()) + ")";
        if (latePolicy == LateTransitionPolicy.REJECT) {
            throw new OcopInputException("evaluation", List.of(new Problem("$.evaluated", missed
                    + "; no rule set governs it under the strict policy (" + HistoryInterpretations.LATE_TRANSITIONAL_EVALUATION
                    + "); expected an evaluation date on or before " + deadline)));
        }
        String id = ProcessRuleSets.QD_26_2026;
        return new Resolution(f, id, ProcessVariant.resolve(id, f.evaluated()),
                ResolutionBasis.TRANSITIONAL_DEADLINE_MISSED,
                Character.toUpperCase(missed.charAt(0)) + missed.substring(1) + ". The transitional regime no longer"
                        + " covers it, so the rules in force on the evaluation date govern: QĐ 26/2026.",
                List.of(QD26 + ", Điều 12 khoản 2 " + point(f.kind()), QD26 + ", Điều 11 khoản 1",
                        QD26 + ", Điều 11 khoản 2"),
                List.of(HistoryInterpretations.LATE_TRANSITIONAL_EVALUATION,
                        HistoryInterpretations.TRANSITIONAL_DEADLINE_DAY,
                        HistoryInterpretations.EVALUATION_DATE_IS_COMPLETION),
                deadline);
    }
}
