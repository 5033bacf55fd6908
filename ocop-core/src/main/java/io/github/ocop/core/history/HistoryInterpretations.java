package io.github.ocop.core.history;

import io.github.ocop.core.process.Interpretation;

import java.util.List;

/**
 * The readings the resolver applies where the decisions are silent or ambiguous about which rules govern an
 * evaluation (các cách hiểu về chuyển tiếp). Each names what the library does, why, and the text it rests on; a
 * {@link Resolution} lists the ones it used. The process model's own readings are in
 * {@link io.github.ocop.core.process.ProcessInterpretations}.
 *
 * <p>This class has no instances; its constants are immutable and thread-safe.
 */
public final class HistoryInterpretations {
    private HistoryInterpretations() {
    }

    /** Dates before QĐ 1048 are refused. */
    public static final Interpretation NOTHING_BEFORE_1048 = new Interpretation(
            "nothing-before-1048",
            "A submission or evaluation date before 21/08/2019 (the day QĐ 1048/QĐ-TTg took effect) is refused with an"
                    + " error: the library holds no rule set for it.",
            "QĐ 1048 is the first national set of OCOP criteria in the sources; before it the programme (QĐ 490/QĐ-TTg"
                    + " of 07/05/2018) was run on criteria the sources do not hold. A dossier filed earlier cannot be"
                    + " placed under any encoded rule set without a guess.",
            "notes 1048 §1 (timeline: QĐ 490/2018, QĐ 1048/2019)");

    /** No transitional clause between 1048 and 148: the evaluation date decides. */
    public static final Interpretation NO_TRANSITION_1048_TO_148 = new Interpretation(
            "no-transition-1048-to-148",
            "An evaluation completed from 24/02/2023 is governed by QĐ 148, one completed up to 23/02/2023 by QĐ 1048,"
                    + " whatever the dossier's submission date.",
            "148 took effect on signing and replaced 1048 and 781; no transitional clause for pending dossiers was"
                    + " found [GAP], so the rules in force when the authority evaluates apply.",
            "notes 148 §0, §6 (\"Explicit transition clause ... [GAP]\"); notes 1048 §1");

    /** The "2021-2025 rules" of Điều 12 khoản 2 are QĐ 148 (as amended by 1489). */
    public static final Interpretation RULES_2021_2025_ARE_148 = new Interpretation(
            "rules-2021-2025-are-148",
            "\"quy định về đánh giá, phân hạng sản phẩm OCOP của giai đoạn 2021 - 2025\" is rule set qd-148-2023, with"
                    + " the process of QĐ 1489 where it applies (from 06/07/2025), also for a dossier filed while QĐ"
                    + " 1048 was in force.",
            "On 21/05/2026, the day before 26/2026 took effect, the rules of that period in force were 148 and 1489,"
                    + " the two decisions 26/2026 ends (Điều 11 khoản 2); 1048 had ended in 2023.",
            "QĐ 26/2026 Điều 11 khoản 2, Điều 12 khoản 2 (source.txt line 159-164); notes 148 §6");

    /** How the 60- and 30-day transitional deadlines are counted. */
    public static final Interpretation TRANSITIONAL_DEADLINE_DAY = new Interpretation(
            "transitional-deadline-day",
            "The transitional deadline \"không quá 60 (30) ngày, kể từ ngày Quyết định này có hiệu lực\" ends on"
                    + " 22/05/2026 plus 60 (30) days, included: 21/07/2026 for a first evaluation or an upgrade,"
                    + " 21/06/2026 for a re-evaluation. An evaluation completed on that day is in time.",
            "The start day is not counted (as for qd148-last-day, which gives the same 21/07/2026 for the end of QĐ"
                    + " 148); \"không quá\" admits the last day.",
            "QĐ 26/2026 Điều 12 khoản 2 điểm a, b (source.txt line 163-164); ProcessInterpretations.QD148_LAST_DAY");

    /** The evaluation date is the day the evaluation is completed. */
    public static final Interpretation EVALUATION_DATE_IS_COMPLETION = new Interpretation(
            "evaluation-date-is-completion",
            "The evaluation date compared with the transitional deadline is the day the competent authority completes"
                    + " the evaluation and ranking (the council's result), not the day the evaluation starts.",
            "The deadline is one \"hoàn thành đánh giá, phân hạng\" (to complete the evaluation).",
            "QĐ 26/2026 Điều 12 khoản 2 điểm a, b (source.txt line 163-164)");

    /** A dossier filed from 22/05/2026 follows 26/2026. */
    public static final Interpretation FILED_FROM_22_05_2026_UNDER_26_2026 = new Interpretation(
            "filed-from-2026-05-22-under-26-2026",
            "A dossier filed on or after 22/05/2026 is governed by QĐ 26/2026, although QĐ 148 stays formally in force"
                    + " until 21/07/2026; the resolver makes the choice ProcessInterpretations.TRANSITION_OVERLAP leaves"
                    + " to the caller. \"trước ngày Quyết định này có hiệu lực\" is strictly before 22/05/2026"
                    + " (before-is-strict).",
            "Điều 12 khoản 2 keeps the 2021-2025 rules only for dossiers filed before 26/2026 took effect; 148's 60"
                    + " remaining days serve those dossiers.",
            "QĐ 26/2026 Điều 11 khoản 1, Điều 12 khoản 2 (source.txt line 158-164)");

    /** A transitional dossier evaluated after the deadline falls to the new rules (default policy). */
    public static final Interpretation LATE_TRANSITIONAL_EVALUATION = new Interpretation(
            "late-transitional-evaluation",
            "A dossier filed before 22/05/2026 whose evaluation is completed after its transitional deadline is"
                    + " governed by QĐ 26/2026 (LateTransitionPolicy.NEW_RULES, the default); with"
                    + " LateTransitionPolicy.REJECT the resolver refuses it instead.",
            "Điều 12 khoản 2 lets the 2021-2025 rules continue only \"nhưng thời hạn hoàn thành ... không quá 60 (30)"
                    + " ngày\" and says nothing of a late evaluation. Past the deadline the transitional regime no"
                    + " longer covers it, so the general rule applies: 26/2026 is in force (Điều 11 khoản 1). For first"
                    + " evaluations and upgrades QĐ 148 has itself ceased by then (Điều 11 khoản 2). The dossier may"
                    + " need completing under 26/2026; the text does not say, hence the strict alternative.",
            "QĐ 26/2026 Điều 11, Điều 12 khoản 2 (source.txt line 158-164)");

    /**
     * Every interpretation above, in declaration order.
     *
     * @return the interpretations
     */
    public static List<Interpretation> all() {
        return List.of(NOTHING_BEFORE_1048, NO_TRANSITION_1048_TO_148, RULES_2021_2025_ARE_148,
                TRANSITIONAL_DEADLINE_DAY, EVALUATION_DATE_IS_COMPLETION, FILED_FROM_22_05_2026_UNDER_26_2026,
                LATE_TRANSITIONAL_EVALUATION);
    }
}
