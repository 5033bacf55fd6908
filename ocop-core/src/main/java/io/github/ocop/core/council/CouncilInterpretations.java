package io.github.ocop.core.council;

import io.github.ocop.core.model.Interpretation;

import java.util.List;

/**
 * The named readings a council evaluation rests on (cách hiểu): the national texts define the star bands on the
 * council's "tổng điểm trung bình" but leave how members' scores combine to provincial operating regulations (quy
 * chế hoạt động của Hội đồng). Each constant says what the library does, why, and where the practice is documented.
 *
 * <p>This class has no instances and is thread-safe.
 */
public final class CouncilInterpretations {
    private static final String NOTES_1048 = "notes 1048 §3.2, §3.5 (qd-1048-2019/notes-1048-781-cycle-dossier.md)";
    private static final String NOTES_148 = "notes 148 §5.3 (qd-148-2023/notes-148-and-26-2026.md)";

    private CouncilInterpretations() {
    }

    /** The council's score is the mean of the members' totals, rounded as the policy says. */
    public static final Interpretation MEAN_OF_MEMBER_TOTALS = new Interpretation(
            "council-mean-of-member-totals",
            "Each member scores the whole sheet; the council's total is the arithmetic mean of the members' totals,"
                    + " rounded to 2 decimals half-up by default (CouncilPolicy), and the star band is read on that"
                    + " rounded mean. Means per criterion and per part are computed the same way; rounded part means"
                    + " need not add up to the rounded total.",
            "1048, 148 and 26/2026 apply the bands to \"tổng điểm trung bình\" without defining it; provincial quy"
                    + " chế (Tây Ninh, Đồng Tháp) average the members' scores, and the Bến Tre platform rounds the mean"
                    + " to 2 decimals. With fewer than 200 members, rounding to 2 decimals never moves a mean across"
                    + " an integer (k/n >= 0.995 with k < n needs n >= 200), so it cannot change a band or a minimum.",
            NOTES_1048 + "; " + NOTES_148 + " [PROV, DB/app]");

    /** Star minima are checked on the per-criterion means. */
    public static final Interpretation MINIMA_ON_CRITERION_MEANS = new Interpretation(
            "council-minima-on-criterion-means",
            "A star minimum \"at least p points on criterion X\" is met by the council when the mean of the members'"
                    + " points on X (rounded as the total) is at least p. A criterion that did not apply to a member"
                    + " counts 0 points in that member's figure.",
            "The rank is given on the council's result, which is a mean; the sheets mark minimum options per"
                    + " criterion and do not say whether every member, a majority or the mean must reach them. Reading"
                    + " the minima on the same means as the total keeps one consistent council result.",
            "QĐ 26/2026 Phụ lục II (note on star marks of every sheet); QĐ 781/QĐ-TTg minima, notes 1048 §3.2, §4; "
                    + NOTES_148 + " [I]");

    /** Any member's knock-out keeps the product unranked by default. */
    public static final Interpretation KNOCK_OUT_BY_ANY_MEMBER = new Interpretation(
            "council-knock-out-by-any-member",
            "By default (KnockOutRule.ANY_MEMBER) a knock-out ground recorded by any member is reported and the"
                    + " product is not ranked; KnockOutRule.MAJORITY_OF_MEMBERS requires more than half of the members."
                    + " Every recorded knock-out is reported either way.",
            "The knock-out notes (\"Hồ sơ bị loại khi…\", \"Bị loại nếu…\") are facts about the dossier or the"
                    + " product, not matters of judgement to average; no source says how a council settles a"
                    + " disagreement, so the cautious reading is to stop and report.",
            "QĐ 26/2026 Phụ lục II (knock-out notes on the sheets); notes 1048 §3.2 [I]");

    /** Members more than 10 points apart must discuss and re-score. */
    public static final Interpretation SPREAD_RULE = new Interpretation(
            "council-spread-rule",
            "When the highest and lowest member totals differ by more than CouncilPolicy.maxSpread (10 by default),"
                    + " the result carries a warning: the council discusses and re-scores. The result is still"
                    + " computed. The Bến Tre platform's stricter \"max - min >= 10\" is maxSpread 9 (totals are"
                    + " integers).",
            "The rule that members' scores may not differ by more than 10 points, failing which the council"
                    + " discusses and re-scores, is documented only in provincial quy chế (Tây Ninh, Đồng Tháp); the"
                    + " national texts fix no spread rule.",
            NOTES_1048 + "; " + NOTES_148 + " [PROV]");

    /** Quorum: at least 3/4 of the members present, including the chair. */
    public static final Interpretation QUORUM_RULE = new Interpretation(
            "council-quorum-rule",
            "When the policy gives the council's size, the members who scored are taken as the members present;"
                    + " the quorum is met when they are at least 3/4 of the council (rounded up) and include the chair"
                    + " when the policy names one. Without a council size no quorum check is made.",
            "A scoring meeting with at least 75% (3/4) of the members present, including the chair, is Tây Ninh"
                    + " practice; 26/2026 leaves member counts and quorum to the council's quy chế.",
            NOTES_1048 + "; " + NOTES_148 + " [PROV]");

    /**
     * Every interpretation above, in declaration order.
     *
     * @return the interpretations
     */
    public static List<Interpretation> all() {
        return List.of(MEAN_OF_MEMBER_TOTALS, MINIMA_ON_CRITERION_MEANS, KNOCK_OUT_BY_ANY_MEMBER, SPREAD_RULE,
                QUORUM_RULE);
    }
}
